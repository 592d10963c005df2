package input

// NewsPage is newsPage for the external tests.
var NewsPage = newsPage
