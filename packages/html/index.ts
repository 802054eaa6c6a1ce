export {isPageId, isReservedAnchor, pageIdPatterns, pageIds} from './lib/ids.js'
export {paths, type Site, type SiteDiff, type SiteEdition, type SiteStandard} from './lib/model.js'
export {renderIndex, renderSite, renderStandard} from './lib/site.js'
export {relative} from './lib/url.js'
