export {paths, relative, type Site, type SiteDiff, type SiteEdition, type SiteStandard} from './lib/model.js'
export {renderSite} from './lib/site.js'
