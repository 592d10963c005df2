// Package input turns bytes into documents: it reads the files, the
// directories and standard input given to timeline, and gives each
// document's text with its reference date where the input names one.
//
// Plain text is read as it is (invalid UTF-8 replaced, binary data
// refused); a web page is reduced to its article's text ([HTMLText]) and
// its date of publication ([PageDate]); a JSON Lines file is one document
// per record, whose date, dct or url field gives the reference date
// ([URLDate]); a Word document (.docx) and a PDF are read for their text,
// a PDF's pages separated by [PageBreak]. A page that timeline wrote
// itself is recognised ([IsOwnPage]) and left out of directories.
//
// [Expand] turns the names given into the files to read, [Read] calls a
// function with each document of one input, and [Each] with each document
// still undecoded, for a pipeline that decodes JSON Lines records in
// parallel. Problems are reported as [*Error] values that name the file
// and line. The package knows nothing of dates in the text, events or
// output formats.
package input
