export {paths, relative, type Site, type SiteDiff, type SiteEdition, type SiteStandard} from './lib/model.js'
export {renderIndex, renderSite, renderStandard} from './lib/site.js'
