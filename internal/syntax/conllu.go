package syntax

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word of a sentence: a token as Universal
// Dependencies splits them ("don't" is the two words "do" and "n't").
type Word struct {
	// Start and End are the byte offsets of the word in the analysed
	// text; for words read from CoNLL-U without offsets they are -1.
	Start, End int
	Form       string
	Lemma      string
	UPOS       string
	XPOS       string
	Feats      string
	// Head is the 1-based index of the word's head in its sentence, 0
	// for the root, and -1 when the sentence has not been parsed.
	Head int
	// Rel is the dependency relation to the head ("nsubj", "obl:tmod").
	Rel string
	// SpaceAfter reports whether a space follows the word in the text.
	SpaceAfter bool
}

// Sentence is a sentence: its words and, where known, its text and byte
// offsets in the analysed text.
type Sentence struct {
	// ID is the sentence's sent_id comment in CoNLL-U, if any.
	ID string
	// Text is the sentence as written (the "# text =" comment).
	Text       string
	Start, End int
	Words      []Word
	// MultiWords are the CoNLL-U multiword tokens ("3-4 don't"), kept
	// so that a sentence read from CoNLL-U can be written back.
	MultiWords []MultiWord
}

// MultiWord is a CoNLL-U multiword token: one orthographic token that
// covers the words First to Last (1-based, inclusive).
type MultiWord struct {
	First, Last int
	Form        string
	SpaceAfter  bool
}

// ParseError is an error in CoNLL-U input, with its position.
type ParseError struct {
	File string
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	if e.File == "" {
		return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// ReadCoNLLU reads the sentences of a CoNLL-U file. Empty nodes (ids
// such as 8.1) are skipped, since they belong to enhanced dependencies
// only. name is used in error messages.
func ReadCoNLLU(r io.Reader, name string) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	var out []Sentence
	var cur Sentence
	have := false
	line := 0
	flush := func() error {
		if !have {
			return nil
		}
		for i, w := range cur.Words {
			if w.Head < 0 || w.Head > len(cur.Words) {
				return &ParseError{name, line, fmt.Sprintf("word %d has head %d outside its sentence of %d words", i+1, w.Head, len(cur.Words))}
			}
		}
		out = append(out, cur)
		cur = Sentence{}
		have = false
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if text == "" {
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		}
		if text[0] == '#' {
			have = true
			body := strings.TrimSpace(text[1:])
			if v, ok := strings.CutPrefix(body, "text ="); ok {
				cur.Text = strings.TrimSpace(v)
			} else if v, ok := strings.CutPrefix(body, "sent_id ="); ok {
				cur.ID = strings.TrimSpace(v)
			}
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, &ParseError{name, line, fmt.Sprintf("want 10 tab-separated columns, have %d", len(cols))}
		}
		have = true
		id := cols[0]
		if strings.Contains(id, ".") {
			continue
		}
		space := !strings.Contains(cols[9], "SpaceAfter=No")
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || first > last || first != len(cur.Words)+1 {
				return nil, &ParseError{name, line, fmt.Sprintf("bad multiword token id %q", id)}
			}
			cur.MultiWords = append(cur.MultiWords, MultiWord{First: first, Last: last, Form: cols[1], SpaceAfter: space})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return nil, &ParseError{name, line, fmt.Sprintf("bad word id %q (want %d)", id, len(cur.Words)+1)}
		}
		head := -1
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil || head < 0 {
				return nil, &ParseError{name, line, fmt.Sprintf("bad head %q", cols[6])}
			}
		}
		w := Word{Start: -1, End: -1, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Rel: cols[7], SpaceAfter: space}
		for _, c := range []*string{&w.Lemma, &w.UPOS, &w.XPOS, &w.Feats, &w.Rel} {
			if *c == "_" && w.Form != "_" {
				*c = ""
			}
		}
		cur.Words = append(cur.Words, w)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// WriteCoNLLU writes sentences in CoNLL-U: a sent_id and text comment
// for each, its multiword tokens, and one line a word. Offsets of words
// in the analysed text go in the MISC column as TokenRange=start:end.
func WriteCoNLLU(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	field := func(s string) string {
		if s == "" {
			return "_"
		}
		return s
	}
	for i, s := range sents {
		id := s.ID
		if id == "" {
			id = strconv.Itoa(i + 1)
		}
		fmt.Fprintf(bw, "# sent_id = %s\n", CommentText(id))
		if s.Text != "" {
			fmt.Fprintf(bw, "# text = %s\n", CommentText(s.Text))
		}
		mw := 0
		for j, wd := range s.Words {
			if mw < len(s.MultiWords) && s.MultiWords[mw].First == j+1 {
				m := s.MultiWords[mw]
				misc := "_"
				if !m.SpaceAfter {
					misc = "SpaceAfter=No"
				}
				fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.First, m.Last, m.Form, misc)
				mw++
			}
			head := "_"
			if wd.Head >= 0 {
				head = strconv.Itoa(wd.Head)
			}
			var misc []string
			inMW := false
			for _, m := range s.MultiWords {
				if j+1 >= m.First && j+1 <= m.Last {
					inMW = true
				}
			}
			if !wd.SpaceAfter && !inMW {
				misc = append(misc, "SpaceAfter=No")
			}
			if wd.Start >= 0 {
				misc = append(misc, fmt.Sprintf("TokenRange=%d:%d", wd.Start, wd.End))
			}
			m := "_"
			if len(misc) > 0 {
				m = strings.Join(misc, "|")
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t_\t%s\n", j+1, field(wd.Form), field(wd.Lemma),
				field(wd.UPOS), field(wd.XPOS), field(wd.Feats), head, field(wd.Rel), m)
		}
		bw.WriteString("\n")
	}
	return bw.Flush()
}

// CommentText returns s fit for a CoNLL-U comment, which holds one line:
// its line breaks and tabs become spaces.
func CommentText(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\r', '\n', '\t':
			return ' '
		}
		return r
	}, s)
}
