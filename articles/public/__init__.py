"""The readers' side beside the views: filters, a listing's count, page, facets and chart, the titles that
describe a search, the page cache, feeds, sitemaps and the CSV export."""
