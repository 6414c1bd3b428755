declare module 'virtual:mcof/deploy' {
  export const deploy: import('../core/deploy.ts').DeployConfig;
  export const edition: import('../core/edition.ts').AtlasEdition;
}

declare module 'virtual:mcof/translations' {
  export const translations: import('../core/translations.ts').RawTranslation[];
  export const interfaces: import('../core/interface.ts').RawInterface[];
  export const rows: import('../core/translations.ts').TranslationRow[];
}
