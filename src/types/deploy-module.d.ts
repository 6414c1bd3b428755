declare module 'virtual:mcof/deploy' {
  export const deploy: import('../core/deploy.ts').DeployConfig;
  export const edition: import('../core/edition.ts').AtlasEdition;
}
