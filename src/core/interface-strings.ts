/**
 * Every string of the interface that MCOF Atlas writes itself (Starlight ships its own),
 * in English: headings, labels, notices, facet names and values, tool messages. Each
 * language has its translation of every key in `content/translations/<locale>/interface.yaml`;
 * `interfaceText()` (interface.ts) looks a key up and the content check refuses a file
 * with a key missing, unknown, empty or with other placeholders than the English.
 *
 * `{name}` is a value the page puts in. Where a sentence holds a link or a code sample,
 * the placeholder stands for that element and the link's words are a key of their own
 * (`home.whatIs.phasesLink`), so a translation can move the link where its grammar needs it.
 * Names (MCOF, IOM, MCOF Atlas), entry titles and official wording are never here: names
 * stay as they are, titles come from the entries' translations, quotes stay English.
 */
export const interfaceStrings = {
  // The site as a whole: the description in every page's metadata.
  'site.description': "Read, teach and carry IOM's Migration Crisis Operational Framework: sectors, phases, policies and sources, cited to the paragraph.",

  // The sidebar (config/sidebar.ts): group labels and the fixed links.
  'nav.framework': 'Framework',
  'nav.home': 'Home',
  'nav.about': 'About the framework',
  'nav.search': 'Search with filters',
  'nav.matrix': 'Sector × phase matrix',
  'nav.planner': 'Context planner',
  'nav.glossary': 'Glossary',
  'nav.systems': 'Response systems',
  'nav.download': 'Download & print',
  'nav.overview': 'Overview',
  'nav.approachesAndCrossCutting': 'Approaches & cross-cutting',
  'nav.edition2012': '2012 edition',
  'nav.crosswalk': 'Crosswalk 2012 ↔ 2021',

  // The collection registry (src/core/collections.ts): sidebar group labels, and the kind of
  // page each "Referenced by" link names.
  'collection.sources.label': 'Sources',
  'collection.sources.noun': 'Source document',
  'collection.sectors.label': 'Sectors (2021)',
  'collection.sectors.noun': 'Sector',
  'collection.crosswalk.noun': 'Crosswalk',
  'collection.phases.label': 'Phases',
  'collection.phases.noun': 'Phase',
  'collection.approaches.label': 'Operating approaches',
  'collection.approaches.noun': 'Operating approach',
  'collection.crossCutting.label': 'Cross-cutting issues',
  'collection.crossCutting.noun': 'Cross-cutting issue',
  'collection.systems.label': 'Response systems',
  'collection.systems.noun': 'Response system',
  'collection.policies.label': 'Policies',
  'collection.policies.noun': 'Policy',
  'collection.guidance.label': 'Guidance',
  'collection.guidance.noun': 'Guidance note',
  'collection.glossary.label': 'Glossary',
  'collection.glossary.noun': 'Glossary term',
  'collection.organization.noun': 'Part of IOM',
  'collection.regions.noun': 'Region',
  'collection.docs.noun': 'Page',

  // Every page's footer (components/starlight/Footer.astro, core/edition.ts): which edition of the atlas this is.
  'footer.edition': 'Version {version} · content of {date} · commit {commit}',

  // Shared by many pages (core/views.ts, LinkList, Citations, Quote): section titles and citation lines.
  'common.referencedBy': 'Referenced by',
  'common.sources': 'Sources',
  'common.statedIn': 'Stated in',
  'common.statedInSource': 'Stated in the source:',
  'common.editorsReading': "Editors' reading: {reason}",
  'common.officialWording': 'Official wording',
  'common.edition2012Note': '2012 edition',
  'common.none': '—',

  // Citations (core/citations.ts) and numbered paragraphs of the source documents (config/markdown).
  'cite.paragraph': '{source} ¶{paragraph}',
  'cite.section': '{source}, “{section}”',
  'cite.paragraphHeading': 'Paragraph {number}',

  // Search facets (SearchFacets.astro, client/search-page.ts): the facet names, and the page
  // types each page files itself under. Sector and phase values are entry titles; editions are years.
  'facet.type': 'Type',
  'facet.sector': 'Sector',
  'facet.phase': 'Phase',
  'facet.edition': 'Edition',
  'facet.type.sector': 'Sector',
  'facet.type.sectorInPhase': 'Sector in a phase',
  'facet.type.phase': 'Phase',
  'facet.type.approach': 'Operating approach',
  'facet.type.crossCutting': 'Cross-cutting issue',
  'facet.type.policy': 'Policy',
  'facet.type.guidance': 'Guidance note',
  'facet.type.system': 'Response system',
  'facet.type.source': 'Source document',
  'facet.type.glossary': 'Glossary',
  'facet.type.crosswalk': 'Crosswalk',
  'facet.type.organization': 'IOM structure',
  'facet.type.region': 'Region',
  'facet.type.page': 'Page',

  // The home page body (components/HomeOverview.astro).
  'home.whatIs.heading': 'What MCOF is',
  'home.whatIs.text':
    "The Migration Crisis Operational Framework is IOM's central reference for its work on the mobility dimensions of crises. It rests on two pillars: the {phasesLink} (before, during, after) and the {sectorsLink} through which IOM helps people and States. First set out in 2012, it was updated by the {addendumLink}, which revised the sectors and added {approachesLink} and {crossCuttingLink}.",
  'home.whatIs.phasesLink': 'phases of a crisis',
  'home.whatIs.sectorsLink': 'sectors of assistance',
  'home.whatIs.addendumLink': '2021 Addendum',
  'home.whatIs.approachesLink': 'operating approaches',
  'home.whatIs.crossCuttingLink': 'cross-cutting issues',
  'home.matrix.heading': 'The matrix at a glance',
  'home.matrix.text': '{sectors} sectors × {phases} phases. Each cell opens what the sources say; the {matrixLink} adds one-line summaries and filters.',
  'home.matrix.matrixLink': 'full matrix',
  'home.waysIn.heading': 'Ways in',
  'home.waysIn.sectors': 'Browse sectors',
  'home.waysIn.sectorsText': ': the {count} current sectors, each with its official objective.',
  'home.waysIn.phases': 'By phase',
  'home.waysIn.phasesText': ": every sector's role before, during and after a crisis.",
  'home.waysIn.search': 'Search',
  'home.waysIn.searchText': ': use the search box at the top of every page; acronyms such as WASH or CCCM work.',
  'home.waysIn.download': 'Download and print',
  'home.waysIn.downloadText': ': take the atlas offline, print handouts.',
  'home.waysIn.trainers': 'For trainers',
  'home.waysIn.trainersText': ': every sector, phase page and source paragraph has a stable address you can put in slides, e.g. {example}.',
  'home.waysIn.sources': 'Read the sources',
  'home.waysIn.sourcesText': ': the documents themselves, cleaned, every paragraph linkable.',
  'home.waysIn.crosswalk': 'Coming from 2012?',
  'home.waysIn.crosswalkText': ' The crosswalk maps the old sectors to the new ones.',

  // A 2021 sector's page (pages/sectors/[sector]/index.astro, components/SectorView.astro, core/views.ts sectorView).
  'sector.titleWithAcronym': '{title} ({acronym})',
  'sector.kicker': 'Sector {number} of the 2021 edition',
  'sector.objective': 'Objective (official wording)',
  'sector.about': 'About this sector',
  'sector.phases': 'Before, during and after a crisis',
  'sector.origins': 'Origins in the 2012 edition',
  'sector.successors': 'What it became in 2021',
  'sector.noPredecessor': 'no 2012 predecessor',
  'sector.noSuccessor': 'no 2021 sector successor',
  'sector.notMapped': 'Not mapped in the crosswalk.',
  'sector.crosswalkLink': '(crosswalk)',
  'sector.handoutLink': 'Printable handout',
  'sector.handoutNote': '(one A4 sheet with a QR code to this page)',
  'sector.clusters': 'Clusters and groups',
  'sector.systems': 'Response systems',
  'sector.approaches': 'Operating approaches',
  'sector.crossCutting': 'Cross-cutting issues',
  'sector.policies': 'Policies and frameworks',
  'sector.guidance': 'Guidance notes',
  'sector.related': 'Related sectors',

  // A 2012 sector's page (pages/sectors/2012/[sector].astro): its title and the note on the edition.
  'sector2012.title': '{title} (2012)',
  'sector2012.note':
    "This is {sector} (IC/2012/7), kept for readers of older documents. The current list is the {edition2021Link}; the {crosswalkLink} shows what changed. IC/2012/7 is the Key Elements paper for informal consultations; the framework text the IOM Council welcomed, MC/2355, is not among this atlas's sources (see {aboutLink}).",
  'sector2012.noteSector': 'Sector {number} of the 2012 edition',
  'sector2012.edition2021Link': '2021 edition',
  'sector2012.crosswalkLink': 'crosswalk',
  'sector2012.aboutLink': 'About the framework',

  // One sector in one phase (pages/sectors/[sector]/[phase].astro) and the matrix cell line (core/model.ts).
  'cell.title': '{sector}: {phase}',
  'cell.breadcrumb': 'Breadcrumb',
  'cell.breadcrumbSectors': 'Sectors',
  'cell.framing2021': '2021 framing:',
  'cell.whatTheSectorDoes': 'What the sector does in this phase',
  'cell.whatTheSourcesSay': 'What the sources say',
  'cell.silent': 'The source documents say nothing specific about {sector} in this phase.',
  'cell.silentOneLine': 'The sources say nothing specific for this phase.',
  'cell.phaseGuidance': 'General guidance for this phase',
  'cell.objective': "The sector's objective",
  'cell.guidanceNotes': 'Guidance notes for this phase',
  'cell.neighbours': 'Neighbouring pages',
  'cell.continue': 'Continue',
  'cell.previousPhase': 'Previous phase: {link}',
  'cell.nextPhase': 'Next phase: {link}',
  'cell.previousSector': 'Previous sector, same phase: {link}',
  'cell.nextSector': 'Next sector, same phase: {link}',

  // The printable sector handout (pages/sectors/[sector]/handout.astro), also its printed footer.
  'handout.title': '{sector}: sector handout | MCOF Atlas',
  'handout.description': 'A printable one-page summary of the MCOF sector {sector}: objective, role before, during and after a crisis, sources.',
  'handout.actions': 'Handout actions',
  'handout.back': '← Back to {sector}',
  'handout.print': 'Print this handout',
  'handout.kicker': 'IOM Migration Crisis Operational Framework · Sector {number} of the 2021 edition',
  'handout.objectiveCite': 'Objective, official wording: {cite}',
  'handout.qrLabel': 'QR code for {url}',
  'handout.onlineAt': "Online at {link} on this atlas's site",
  'handout.about': 'About the sector',
  'handout.phases': 'Before, during and after a crisis',
  'handout.silent': "The sources say nothing specific about this sector in this phase. See the phase's general guidance online.",
  'handout.related': 'Related',
  'handout.policies': 'Policies and frameworks:',
  'handout.guidance': 'Guidance notes:',
  'handout.footer':
    "MCOF Atlas handout. Official wording is quoted from the cited IOM documents; other text is a summary in MCOF Atlas's own words. The sources do not rate sectors by phase. Online, with every citation linked: {address}",

  // The sector × phase matrix (pages/matrix/index.astro, components/MatrixTable.astro, client/matrix.ts).
  'matrix.title': 'Sector × phase matrix',
  'matrix.description': 'All MCOF sectors of assistance across the three phases of a crisis, each cell linking to what the sources say.',
  'matrix.intro':
    'Each row is a sector of assistance, each column a phase of a crisis. Every cell links to a page that says what the sources say about that sector in that phase, with citations, or says plainly that they say nothing specific.',
  'matrix.notice':
    'The sources do not rate sectors as critical, important or recommended in a phase; this matrix shows only what the documents describe. To mark relevance for your own context, use the {plannerLink}.',
  'matrix.plannerLink': 'context planner',
  'matrix.caption2021': 'The 15 sectors of assistance (2021) across the three phases of a crisis',
  'matrix.caption2012': 'The 15 sectors of assistance of the 2012 edition across the three phases',
  'matrix.captionSilent': '. A cell marked “not in the sources” means the documents say nothing specific for that sector in that phase.',
  'matrix.sector': 'Sector',
  'matrix.described': 'Described',
  'matrix.notInSources': 'Not in the sources',
  'matrix.edition': 'Edition',
  'matrix.edition2021Current': '2021 (current)',
  'matrix.edition2012': '2012',
  'matrix.crossCutting': 'Cross-cutting issue',
  'matrix.system': 'Response system or cluster',
  'matrix.approach': 'Operating approach',
  'matrix.any': 'Any',
  'matrix.words': 'Words in sector name or objective',
  'matrix.apply': 'Apply filters',
  'matrix.clear': 'Clear filters',
  'matrix.heading2021': '2021 edition (current)',
  'matrix.heading2012': '2012 edition',
  'matrix.status': '{shown} of {total} sectors shown ({edition} edition).',

  // The context planner (pages/matrix/planner.astro, client/planner.ts, core/planner-state.ts: also its CSV).
  'planner.title': 'Context planner',
  'planner.description': 'Mark how relevant each MCOF sector is in each phase for your own context, add notes, and share, print or export your assessment.',
  'planner.ownAssessment': 'Your own assessment.',
  'planner.ownAssessmentText':
    "The ratings you enter here are yours, for your context. IOM's sources do not rate sectors by phase, and nothing here is IOM's view. Your entries are kept only in this page's address: nothing is sent or stored.",
  'planner.noscript': 'The planner needs JavaScript. The {matrixLink} and every sector page work without it.',
  'planner.matrixLink': 'matrix',
  'planner.context': 'Context (for example, country and crisis)',
  'planner.caption': 'Relevance of each sector in each phase, as assessed by you. Legend (from the 2012 template): Critical, Important, Recommended.',
  'planner.sector': 'Sector',
  'planner.yourNote': 'Your note',
  'planner.ratingLabel': '{sector}, {phase}: your rating',
  'planner.noteLabel': '{sector}: your note',
  'planner.level.critical': 'Critical',
  'planner.level.important': 'Important',
  'planner.level.recommended': 'Recommended',
  'planner.update': 'Update shareable link',
  'planner.copy': 'Copy shareable link',
  'planner.print': 'Print',
  'planner.csv': 'Download CSV',
  'planner.clear': 'Clear all',
  'planner.shareableLink': 'Shareable link:',
  'planner.linkUpdated': 'Link updated.',
  'planner.linkCopied': 'Link copied. Anyone who opens it sees this assessment.',
  'planner.copyThis': 'Copy this link: {url}',
  'planner.csvDownloaded': 'CSV downloaded.',
  'planner.cleared': 'Cleared.',
  'planner.csvContext': 'Context',
  'planner.csvSector': 'Sector',
  'planner.csvNote': 'Note',
  'planner.csvSource': 'Source of ratings',
  'planner.csvOwn': "User's own assessment (not IOM's)",

  // Above a tool opened from a link it could not fully read (client/unread-notice.ts), and what
  // it lists (core/matrix-filter.ts, core/search-query.ts, core/planner-state.ts).
  'unread.notice': 'Part of this link could not be read and was left out: {items}. Everything else in it is shown.',
  'unread.andMore': '; and {count} more',
  'unread.parameter': '“{name}”',
  'unread.edition': 'the edition “{edition}” (there are 2012 and 2021)',
  'unread.searchWords': 'the end of the search words (over {limit} characters)',
  'unread.plannerPart': 'the link’s planner part',
  'unread.plannerVersion': 'a planner link of version {version}',
  'unread.plannerNoVersion': 'a planner link without its version (v=1)',
  'unread.plannerTitle': 'the end of the title (over {limit} characters)',
  'unread.rating': 'the rating “{mark}” for {sector} ({phase})',
  'unread.ratingsBeyond.one': '{count} rating beyond the last sector',
  'unread.ratingsBeyond.many': '{count} ratings beyond the last sector',
  'unread.noteNotSector': 'a note for “{name}”, which is not a sector',
  'unread.noteEnd': 'the end of the note for {sector} (over {limit} characters)',

  // The search page and the header's search dialog (pages/search/index.astro, components/starlight/Search.astro,
  // client/search-page.ts, client/search-dialog.ts, core/search-fallback.ts).
  'search.title': 'Search',
  'search.description': 'Search every sector, phase, policy, guidance note, glossary term and source paragraph, and narrow by type, sector, phase and edition.',
  'search.label': 'Search MCOF Atlas',
  'search.placeholder': 'e.g. WASH, durable solutions, ¶34',
  'search.button': 'Search',
  'search.hint': 'Press {key} to jump here. Acronyms and their expansions find each other.',
  'search.noscript':
    'Search needs JavaScript, which is turned off in this browser. Everything can still be reached by browsing: start from the {sectorsLink}, the {phasesLink}, the {matrixLink}, the {glossaryLink} of terms and acronyms, or the {sourcesLink}, whose numbered paragraphs are all linkable.',
  'search.noscript.sectorsLink': 'sectors',
  'search.noscript.phasesLink': 'phases of a crisis',
  'search.noscript.matrixLink': 'sector × phase matrix',
  'search.noscript.glossaryLink': 'glossary',
  'search.noscript.sourcesLink': 'source documents',
  'search.filters': 'Filters',
  'search.narrow': 'Narrow results',
  'search.clearFilters': 'Clear filters',
  'search.results': 'Results',
  'search.typeWords': 'Type words to search.',
  'search.status.one': '{count} result for “{query}”.',
  'search.status.many': '{count} results for “{query}”.',
  'search.status.oneFiltered': '{count} result for “{query}” with the selected filters.',
  'search.status.manyFiltered': '{count} results for “{query}” with the selected filters.',
  'search.fallback': 'No page has all your words; showing pages with {words}.',
  'search.fallbackNone': 'No page has any of these words.',
  'search.wordsAnd': '{words} and {last}',
  'search.didYouMean': 'Did you mean {suggestion}?',
  'search.unknownWords': 'No page has {words}.',
  'search.quoted': '“{word}”',
  'search.showingFor': 'Showing results for {suggestion}.',
  'search.formerName': '2012: {old} → now {title}',
  'search.more': 'More results ({count} more)',

  // Copy-link buttons on headings and source paragraphs (client/copy-link.ts).
  'copyLink.button': 'Copy link',
  'copyLink.copied': 'Link copied',
  'copyLink.failed': 'Copy failed',
  'copyLink.label': 'Copy link to {target}',
  'copyLink.section': 'section “{title}”',
  'copyLink.paragraph': 'paragraph {number}',
  'copyLink.statusCopied': 'Link copied: {url}',
  'copyLink.statusFailed': 'Could not copy; the link is {url}',

  // A printed page's list of link addresses (client/print-links.ts).
  'print.links': 'Links on this page',

  // The page of an operating approach or a cross-cutting issue (components/FrameworkElementPage.astro).
  'element.kicker': '{label} · 2021 Addendum',
  'element.inShort': 'In short',
  'element.sectors': 'Sectors that apply it',

  // The operating approaches and cross-cutting issues index pages.
  'approaches.title': 'Operating approaches and modalities',
  'approaches.description': 'The {count} operating approaches and modalities of the 2021 Addendum (¶16–22).',
  'approaches.intro': 'The 2021 Addendum names operational best practices that IOM promotes across all its sectors of assistance.',
  'crossCutting.title': 'Cross-cutting issues',
  'crossCutting.description': 'The {count} cross-cutting issues of the 2021 Addendum (¶23–28).',
  'crossCutting.intro':
    'All work under the sectors of assistance should consider these issues, which keep programming evidence-based, equitable, accountable and responsible.',

  // The sectors index pages (pages/sectors/index.astro, pages/sectors/2012/index.astro).
  'sectors.title': 'Sectors of assistance (2021)',
  'sectors.description': 'The {count} current MCOF sectors of assistance, each with its official objective.',
  'sectors.intro':
    'The 2021 Addendum lists {count} sectors of assistance, each a distinct set of IOM activities with its own objective. The {edition2012Link} had its own list; the {crosswalkLink} maps one to the other.',
  'sectors.edition2012Link': '2012 edition',
  'sectors.crosswalkLink': 'crosswalk',
  'sectors2012.title': 'Sectors of assistance (2012 edition)',
  'sectors2012.description': 'The 15 original MCOF sectors of IC/2012/7, kept readable and mapped to 2021.',
  'sectors2012.intro':
    'The original framework of 2012 (IC/2012/7) listed these {count} sectors. They were revised in 2021; staff still meet them in older documents. Each page shows what the sector became.',
  'sectors2012.item': 'Sector {number}: {title}',

  // The phases index and a phase's page (pages/phases/).
  'phases.title': 'Phases of a crisis',
  'phases.description': 'Before, during and after a crisis: the first pillar of MCOF, as framed in 2012 and reframed in 2021.',
  'phases.intro':
    "The framework's first pillar divides a crisis into three phases. The 2021 Addendum keeps them but stresses that they overlap and that anticipatory, life-saving and recovery work reinforce each other.",
  'phase.framing2021': '2021: {heading}',
  'phase.framing2012': '2012 framing',
  'phase.generalGuidance': 'What sectors generally do in this phase',
  'phase.sectors': 'Every sector in this phase',

  // The crosswalk page (pages/sectors/crosswalk.astro) and the kinds of change it names (also on sector pages).
  'crosswalk.title': 'Crosswalk: 2012 ↔ 2021 sectors',
  'crosswalk.description': 'How each 2012 sector of assistance maps to the 2021 sectors: kept, renamed, split, merged, new or moved.',
  'crosswalk.intro':
    "The 2021 Addendum revised the sector list but does not publish a table of changes. This crosswalk is MCOF Atlas's reading of the two lists, made by comparing each objective; every row cites the paragraphs compared.",
  'crosswalk.from2012': 'From 2012 to 2021',
  'crosswalk.from2021': 'From 2021 back to 2012',
  'crosswalk.sector2012': '2012 sector',
  'crosswalk.change': 'Change',
  'crosswalk.successor2021': '2021 successor',
  'crosswalk.note': 'Note',
  'crosswalk.sector2021': '2021 sector',
  'crosswalk.origin2012': 'Origin in 2012',
  'crosswalk.noneNew': 'none: new in 2021',
  'crosswalk.new': 'new in 2021',
  'crosswalk.compared': 'Compared',
  'crosswalk.rowLabel': 'Crosswalk row {id}',
  'crosswalk.change.kept': 'kept',
  'crosswalk.change.renamed': 'renamed',
  'crosswalk.change.split': 'split',
  'crosswalk.change.merged': 'merged',
  'crosswalk.change.new': 'new',
  'crosswalk.change.moved': 'moved',

  // Policies: the index, a policy's page and its facts (pages/policies/, core/views.ts policyView).
  'policies.title': 'Policies and frameworks',
  'policies.description': 'Every policy, framework, strategy and guideline the MCOF sources name, and the sectors each anchors.',
  'policies.intro':
    '{count} policies, frameworks, strategies, guidelines and commitments named in the source documents. Each page says what the sources say about it and which sectors it anchors.',
  'policy.acronym': 'Acronym',
  'policy.kind': 'Kind',
  'policy.issuedBy': 'Issued by',
  'policy.year': 'Year',
  'policy.whatItIs': 'What it is',
  'policy.inTheSourcesWords': "In the sources' words",
  'policy.sectors': 'Sectors it anchors',
  'policy.crossCutting': 'Cross-cutting issues',
  'policy.guidance': 'Guidance notes',
  'policy.kind.policy': 'policy',
  'policy.kind.framework': 'framework',
  'policy.kind.strategy': 'strategy',
  'policy.kind.guidelines': 'guidelines',
  'policy.kind.guidance-note': 'guidance note',
  'policy.kind.plan': 'plan',
  'policy.kind.agreement': 'agreement',
  'policy.kind.commitments': 'commitments',
  'policy.kind.principles': 'principles',
  'policy.kind.tool': 'tool',
  'policy.kind.instrument': 'instrument',

  // Guidance notes: the index and a note's page (pages/guidance/, core/views.ts guidanceView).
  'guidance.title': 'Guidance notes',
  'guidance.description': 'Operational themes of IOM crisis work, explained in plain words with citations to the sources.',
  'guidance.intro':
    "Short notes, in MCOF Atlas's own words, on the operational themes the sources describe. Each links to its sectors and phases and cites every paragraph it rests on.",
  'guidance.kicker': 'Guidance note · written by MCOF Atlas from the sources cited',
  'guidance.restsOn': 'Rests on',
  'guidance.sectors': 'Sectors',
  'guidance.phases': 'Phases',
  'guidance.policies': 'Policies',

  // Response systems and clusters: the index and a system's page (pages/systems/).
  'systems.title': 'Response systems and clusters',
  'systems.description': 'The response systems, IASC clusters and other groups MCOF links its sectors to.',
  'systems.intro':
    'MCOF complements existing response systems rather than replacing them. The 2012 annex names the systems and clusters below; the 2021 Addendum (¶31–32) adds the coordination models IOM works within today.',
  'systems.group.response-system': 'Response systems',
  'systems.group.iasc-cluster': 'IASC clusters',
  'systems.group.other-group': 'Other clusters, sectors and groups',
  'system.kind.response-system': 'Response system',
  'system.kind.iasc-cluster': 'IASC cluster',
  'system.kind.other-group': 'Other cluster, sector or group',
  'system.lead': 'lead: {lead}',
  'system.namedIn': 'named in {editions}',
  'system.editionsAnd': '{first} and {second}',

  // The glossary page (pages/glossary/index.astro).
  'glossary.title': 'Glossary',
  'glossary.description': 'Terms and acronyms used across the MCOF sources, with IOM definitions quoted where the sources give them.',
  'glossary.intro': "{count} terms and acronyms used in the source documents. Definitions are in MCOF Atlas's own words unless marked as official wording.",
  'glossary.index': 'Terms A to Z',
  'glossary.officialDefinition': 'Official definition',
  'glossary.sector': 'Sector: {link}',

  // Source documents: the index and a document's page (pages/sources/).
  'sources.title': 'Source documents',
  'sources.description': 'The {count} documents MCOF Atlas presents, cleaned of extraction noise, each paragraph addressable.',
  'sources.intro':
    'Everything in MCOF Atlas is held to these documents. Official wording is quoted from them, and every explanation links to the paragraph it rests on. Numbered paragraphs keep the numbers staff cite (“MCOF 2021 Addendum ¶34”).',
  'source.symbol': 'Symbol',
  'source.issuedBy': 'Issued by',
  'source.date': 'Date',
  'source.citeAs': 'Cite as',
  'source.citeAsNumbered': '{title}, ¶N (paragraph numbers as printed)',
  'source.citeAsSection': '{title}, section heading',
  'source.aboutText': 'About this text',

  // IOM's crisis structure (pages/organization/index.astro).
  'organization.title': "IOM's crisis structure",
  'organization.description':
    'How IOM is organized for crisis response: offices, the Department of Humanitarian Response and Recovery, its divisions and contacts.',
  'organization.intro': "Who does what in IOM's crisis work, as the sources describe it.",
  'organization.email': 'E-mail:',
  'organization.web': 'Web:',

  // A region's facts and figures (pages/regions/[slug].astro).
  'region.title': '{region}: facts and figures',
  'region.description': 'IOM emergency and post-crisis figures for {region}, as printed in {source}.',
  'region.intro': 'Figures exactly as printed in {sourceLink}. They describe the situation at the time of that document.',
  'region.figures': 'Facts and figures',
  'region.figure': 'Figure',
  'region.value': 'Value',
  'region.budgets': 'Active emergency and post-crisis programme budgets, 2020',
  'region.country': 'Country',
  'region.usdMillion': 'USD million',

  // The download page (pages/download/index.astro) and what the build writes into it (config/offline/bundle.ts).
  'download.title': 'Download and print',
  'download.description':
    'Take MCOF Atlas offline: one ZIP file that opens from disk with search, the matrix and the planner; print sector handouts and the matrix poster; reuse the open data.',
  'download.offline': 'Offline bundle',
  'download.offlineText':
    'The whole atlas in one ZIP file, for places with a slow, costly or absent connection. Download it once, unzip it anywhere (a laptop folder, a USB stick), and open {indexFile} from the folder. Everything works from disk with no network: every page and link, the sidebar, the theme switch, the matrix and its filters, the context planner, glossary definitions and full-text search with its filters.',
  'download.noBundle': 'The bundle is produced by {command}; this build has none yet.',
  'download.step1': 'Download the ZIP file and check it against the SHA-256 checksum if you need to be sure it is intact.',
  'download.step2': 'Unzip it (on Windows: right-click, “Extract all”). You get a folder called {folder}.',
  'download.step3': 'Open {indexFile} in Chrome, Edge or Firefox. Bookmark it for next time.',
  'download.print': 'Print',
  'download.printText': 'Every page prints cleanly from your browser: navigation is left out, link addresses are shown and citations are kept.',
  'download.handouts':
    'Sector handouts: one sector across the three phases on one or two A4 pages, with a QR code to the sector online. For example, {handoutLink}; each sector page links to its handout.',
  'download.handoutLink': '{sector} handout',
  'download.matrixPoster': '{matrixLink} prints as an A3 landscape poster.',
  'download.matrixLink': 'The sector × phase matrix',
  'download.plannerPrint': '{plannerLink} prints your own assessment.',
  'download.plannerLink': 'The context planner',
  'download.openData': 'Open data',
  'download.openDataJson': '{file}: sectors of both editions, phases, cells, citations, crosswalk and policies (described by {schemaLink}).',
  'download.schemaLink': 'its JSON Schema',
  'download.openDataCsv': '{file}: one row per sector and phase, for spreadsheets.',
  'download.bundleLink': 'Download {name}',
  'download.bundleInfo': '({size} MB, {files} files; version {version}, content of {date}, commit {commit}).',
  'download.sha256': 'SHA-256: {checksum} ({checksumLink})',
  'download.checksumLink': 'checksum file',
  'download.offlineCopy':
    'You are reading the offline copy of MCOF Atlas (version {version}, content of {date}, commit {commit}). It works from this folder with no network. For the latest version, visit the online site.',

  // The offline copy's header link that stands in for the search dialog (config/offline/bundle.ts).
  'offline.searchLink': 'Search',

  // The README.txt inside the offline ZIP (config/offline/bundle.ts).
  'offline.readme':
    'MCOF Atlas, offline copy (version {version}, content of {date}, commit {commit}).\n\nOpen index.html in this folder with any web browser. No internet connection is needed:\nnavigation, search, the matrix and the context planner all work from disk.\n',

  // What translated pages say about their translation (issue 17's notices, language menu and
  // translators' status page): written for the pages the routes will add, not shown yet.
  'translation.editors': "This page is the MCOF Atlas editors' translation of the English, not IOM's.",
  'translation.stale': 'The English of this page has changed since it was translated, so the translation may be out of date. {englishLink}',
  'translation.staleLink': 'Read the current English',
  'translation.missing': 'This page is not translated yet: it is shown in English.',
  'translation.officialEnglish': "IOM's official wording, in English: no official translation is included in this edition.",
  'translation.officialTranslation': 'Official translation',
  'translation.languageMenu': 'Language',
  'translation.otherLanguagesOnline': 'This copy holds one language; the others are on the online site.',
  'translation.status.title': 'Translation status',
  'translation.status.collection': 'Collection',
  'translation.status.entry': 'Entry',
  'translation.status.status': 'Status',
  'translation.status.current': 'current',
  'translation.status.stale': 'stale',
  'translation.status.missing': 'missing',
} as const;

export type InterfaceKey = keyof typeof interfaceStrings;
