package wordnet

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
)

// defaultLexnames is the list of lexicographer files from lexnames(5WN),
// used when the database has no lexnames file (Debian's wordnet-base ships
// none). The position in the list is the file number.
var defaultLexnames = []string{
	"adj.all", "adj.pert", "adv.all", "noun.Tops", "noun.act", "noun.animal",
	"noun.artifact", "noun.attribute", "noun.body", "noun.cognition",
	"noun.communication", "noun.event", "noun.feeling", "noun.food",
	"noun.group", "noun.location", "noun.motive", "noun.object",
	"noun.person", "noun.phenomenon", "noun.plant", "noun.possession",
	"noun.process", "noun.quantity", "noun.relation", "noun.shape",
	"noun.state", "noun.substance", "noun.time", "verb.body", "verb.change",
	"verb.cognition", "verb.communication", "verb.competition",
	"verb.consumption", "verb.contact", "verb.creation", "verb.emotion",
	"verb.motion", "verb.perception", "verb.possession", "verb.social",
	"verb.stative", "verb.weather", "adj.ppl",
}

// srcSynset is a synset as read from a data file.
type srcSynset struct {
	offset  uint32
	lexfile int
	words   []string // lower-cased, in synset order
	hyper   []uint32 // offsets of @ targets (same part of speech)
	inst    []uint32 // offsets of @i targets
	derived []ptr    // + targets in the other of noun and verb
}

type ptr struct {
	pos    POS
	offset uint32
}

// Build reads the WordNet 3.0 database files in dict (data.noun,
// data.verb, index.noun, index.verb, noun.exc, verb.exc and, if present,
// lexnames) and writes the table that the package embeds. The same files
// always give the same bytes.
func Build(w io.Writer, dict fs.FS) error {
	lexnames := defaultLexnames
	if b, err := fs.ReadFile(dict, "lexnames"); err == nil {
		if lexnames, err = parseLexnames(b); err != nil {
			return err
		}
	}
	var (
		syn    [2][]srcSynset
		index  [2]map[string][]uint32
		exc    [2][][2]string
		notice string
	)
	for p, name := range [2]string{"noun", "verb"} {
		b, err := fs.ReadFile(dict, "data."+name)
		if err != nil {
			return err
		}
		if syn[p], err = parseData(b, "data."+name, POS(p)); err != nil {
			return err
		}
		if p == 0 {
			notice = parseNotice(b)
		}
		if b, err = fs.ReadFile(dict, "index."+name); err != nil {
			return err
		}
		if index[p], err = parseIndex(b, "index."+name); err != nil {
			return err
		}
		if b, err = fs.ReadFile(dict, name+".exc"); err != nil {
			return err
		}
		if exc[p], err = parseExc(b, name+".exc"); err != nil {
			return err
		}
	}

	// Synset ids: nouns, then verbs, each in offset order.
	var ids [2]map[uint32]uint32
	next := uint32(1)
	for p := range syn {
		slices.SortFunc(syn[p], func(a, b srcSynset) int { return cmpU32(a.offset, b.offset) })
		ids[p] = make(map[uint32]uint32, len(syn[p]))
		for _, s := range syn[p] {
			if _, dup := ids[p][s.offset]; dup {
				return fmt.Errorf("data.%s: synset %08d twice", posName[p], s.offset)
			}
			ids[p][s.offset] = next
			next++
		}
	}
	nNoun := uint32(len(syn[Noun]))
	resolve := func(file string, p POS, off uint32) (uint32, error) {
		id, ok := ids[p][off]
		if !ok {
			return 0, fmt.Errorf("%s: no %s synset at offset %08d", file, posName[p], off)
		}
		return id, nil
	}

	// Lemmas: every word of the two indexes, in byte order.
	var lemmas []string
	for p := range index {
		for l := range index[p] {
			lemmas = append(lemmas, l)
		}
	}
	slices.Sort(lemmas)
	lemmas = slices.Compact(lemmas)
	lemmaNum := make(map[string]uint64, len(lemmas))
	payloads := make([][]byte, len(lemmas))
	for i, l := range lemmas {
		lemmaNum[l] = uint64(i)
		var b []byte
		for p := range index {
			offs := index[p][l]
			b = binary.AppendUvarint(b, uint64(len(offs)))
			for _, off := range offs {
				id, err := resolve("index."+posName[p], POS(p), off)
				if err != nil {
					return err
				}
				if p == int(Verb) {
					id -= nNoun
				}
				b = binary.AppendUvarint(b, uint64(id))
			}
		}
		payloads[i] = b
	}

	// Synset records.
	var records [][]byte
	for p := range syn {
		file := "data." + posName[p]
		for _, s := range syn[p] {
			self := ids[p][s.offset]
			b := binary.AppendUvarint(nil, uint64(s.lexfile))
			b = binary.AppendUvarint(b, uint64(len(s.words)))
			for _, w := range s.words {
				n, ok := lemmaNum[w]
				if !ok || len(index[p][w]) == 0 {
					return fmt.Errorf("%s: %q of synset %08d is not in index.%s", file, w, s.offset, posName[p])
				}
				b = binary.AppendUvarint(b, n)
			}
			b = binary.AppendUvarint(b, uint64(len(s.hyper)))
			b = binary.AppendUvarint(b, uint64(len(s.inst)))
			for _, off := range slices.Concat(s.hyper, s.inst) {
				id, err := resolve(file, POS(p), off)
				if err != nil {
					return err
				}
				b = appendLink(b, self, id)
			}
			var der []uint32
			for _, d := range s.derived {
				id, err := resolve(file, d.pos, d.offset)
				if err != nil {
					return err
				}
				if !slices.Contains(der, id) {
					der = append(der, id)
				}
			}
			b = binary.AppendUvarint(b, uint64(len(der)))
			for _, id := range der {
				b = appendLink(b, self, id)
			}
			records = append(records, b)
		}
	}

	var sec [numSections][]byte
	sec[secLexnames] = binary.AppendUvarint(nil, uint64(len(lexnames)))
	for _, n := range lexnames {
		sec[secLexnames] = appendString(sec[secLexnames], n)
	}
	sec[secNotice] = []byte(notice)
	var err error
	if sec[secLemmas], err = encodeKeyTable(lemmas, payloads); err != nil {
		return err
	}
	sec[secSynsets] = encodeBlockTable(records)
	for p, s := range [2]int{secNounExc, secVerbExc} {
		keys := make([]string, len(exc[p]))
		pays := make([][]byte, len(exc[p]))
		for i, e := range exc[p] {
			keys[i] = e[0]
			bases := strings.Fields(e[1])
			b := binary.AppendUvarint(nil, uint64(len(bases)))
			for _, base := range bases {
				b = appendString(b, base)
			}
			pays[i] = b
		}
		if sec[s], err = encodeKeyTable(keys, pays); err != nil {
			return fmt.Errorf("%s.exc: %w", posName[p], err)
		}
	}

	out := make([]byte, 0, headerSize)
	out = append(out, magic...)
	out = appendUint32(out, version)
	out = appendUint32(out, nNoun)
	out = appendUint32(out, uint32(len(syn[Verb])))
	off := headerSize
	for _, s := range sec {
		out = appendUint32(out, uint32(off))
		off += len(s)
	}
	out = appendUint32(out, uint32(off))
	for _, s := range sec {
		out = append(out, s...)
	}
	_, err = w.Write(out)
	return err
}

var posName = [2]string{"noun", "verb"}

func cmpU32(a, b uint32) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// appendLink appends a link from synset self to synset id as the zigzag
// uvarint of id-self: related synsets are often near each other.
func appendLink(b []byte, self, id uint32) []byte {
	d := int64(id) - int64(self)
	return binary.AppendUvarint(b, uint64(d<<1)^uint64(d>>63))
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// encodeKeyTable encodes sorted, distinct keys and their payloads as a key
// table (see format.go).
func encodeKeyTable(keys []string, payloads [][]byte) ([]byte, error) {
	var offsets, blocks []byte
	nBlocks := 0
	for i, k := range keys {
		if len(k) == 0 || len(k) > maxKey {
			return nil, fmt.Errorf("key %q: length %d not in 1..%d", k, len(k), maxKey)
		}
		if i > 0 && keys[i-1] >= k {
			return nil, fmt.Errorf("key %q: not after %q", k, keys[i-1])
		}
		if i%blockSize == 0 {
			offsets = appendUint32(offsets, uint32(len(blocks)))
			nBlocks++
			blocks = appendString(blocks, k)
		} else {
			prev := keys[i-1]
			n := 0
			for n < len(prev) && n < len(k) && prev[n] == k[n] {
				n++
			}
			blocks = binary.AppendUvarint(blocks, uint64(n))
			blocks = appendString(blocks, k[n:])
		}
		blocks = appendString(blocks, string(payloads[i]))
	}
	out := appendUint32(nil, uint32(len(keys)))
	out = appendUint32(out, uint32(nBlocks))
	out = append(out, offsets...)
	return append(out, blocks...), nil
}

// encodeBlockTable encodes records as a block table (see format.go).
func encodeBlockTable(records [][]byte) []byte {
	var offsets, blocks []byte
	for i, r := range records {
		if i%blockSize == 0 {
			offsets = appendUint32(offsets, uint32(len(blocks)))
		}
		blocks = appendString(blocks, string(r))
	}
	return append(offsets, blocks...)
}

// lines calls fn for each line of b that is not part of the licence
// header (header lines begin with two spaces), with its line number.
func lines(b []byte, fn func(n int, line string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") || strings.TrimSpace(line) == "" {
			continue
		}
		if err := fn(n, line); err != nil {
			return err
		}
	}
	return sc.Err()
}

func parseLexnames(b []byte) ([]string, error) {
	var names []string
	err := lines(b, func(n int, line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("lexnames:%d: want number and name", n)
		}
		num, err := strconv.Atoi(f[0])
		if err != nil || num != len(names) {
			return fmt.Errorf("lexnames:%d: file number %q out of order", n, f[0])
		}
		names = append(names, f[1])
		return nil
	})
	return names, err
}

// parseNotice returns the licence header of a data file: its lines that
// begin with two spaces, without the line numbers and trailing blanks.
func parseNotice(b []byte) string {
	var sb strings.Builder
	for line := range strings.Lines(string(b)) {
		if !strings.HasPrefix(line, "  ") {
			break
		}
		line = strings.TrimRight(line, " \r\n")
		line = strings.TrimLeft(line, " ")
		if i := strings.IndexByte(line, ' '); i >= 0 {
			if _, err := strconv.Atoi(line[:i]); err == nil {
				line = line[i+1:]
			}
		} else if _, err := strconv.Atoi(line); err == nil {
			line = ""
		}
		sb.WriteString(line)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// parseData reads a data.noun or data.verb file (wndb(5WN)).
func parseData(b []byte, file string, pos POS) ([]srcSynset, error) {
	var out []srcSynset
	err := lines(b, func(n int, line string) error {
		bad := func(what string) error { return fmt.Errorf("%s:%d: %s", file, n, what) }
		if i := strings.Index(line, " | "); i >= 0 {
			line = line[:i]
		} else if strings.HasSuffix(line, " |") {
			line = line[:len(line)-2]
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return bad("short synset line")
		}
		off, err := strconv.ParseUint(f[0], 10, 32)
		if err != nil {
			return bad("bad synset offset")
		}
		lex, err := strconv.Atoi(f[1])
		if err != nil || lex < 0 {
			return bad("bad lexicographer file number")
		}
		if f[2] != string("nv"[pos]) {
			return bad("synset type " + f[2] + " in " + file)
		}
		wcnt, err := strconv.ParseUint(f[3], 16, 8)
		if err != nil || wcnt == 0 {
			return bad("bad word count")
		}
		s := srcSynset{offset: uint32(off), lexfile: lex}
		i := 4
		for range wcnt {
			if i+1 >= len(f) {
				return bad("short word list")
			}
			s.words = append(s.words, strings.ToLower(f[i]))
			i += 2
		}
		if i >= len(f) {
			return bad("no pointer count")
		}
		pcnt, err := strconv.Atoi(f[i])
		if err != nil || pcnt < 0 {
			return bad("bad pointer count")
		}
		i++
		for range pcnt {
			if i+3 >= len(f) {
				return bad("short pointer list")
			}
			sym, target, tpos := f[i], f[i+1], f[i+2]
			i += 4
			toff, err := strconv.ParseUint(target, 10, 32)
			if err != nil {
				return bad("bad pointer offset " + target)
			}
			var tp POS
			switch tpos {
			case "n":
				tp = Noun
			case "v":
				tp = Verb
			default:
				continue
			}
			switch {
			case sym == "@" && tp == pos:
				s.hyper = append(s.hyper, uint32(toff))
			case sym == "@i" && tp == pos:
				s.inst = append(s.inst, uint32(toff))
			case sym == "+" && tp != pos:
				s.derived = append(s.derived, ptr{tp, uint32(toff)})
			}
		}
		out = append(out, s)
		return nil
	})
	return out, err
}

// parseIndex reads an index.noun or index.verb file into lemma -> synset
// offsets in sense order.
func parseIndex(b []byte, file string) (map[string][]uint32, error) {
	out := make(map[string][]uint32)
	err := lines(b, func(n int, line string) error {
		bad := func(what string) error { return fmt.Errorf("%s:%d: %s", file, n, what) }
		f := strings.Fields(line)
		if len(f) < 4 {
			return bad("short index line")
		}
		lemma := strings.ToLower(f[0])
		cnt, err := strconv.Atoi(f[2])
		if err != nil || cnt <= 0 {
			return bad("bad synset count")
		}
		if len(f) < cnt {
			return bad("short offset list")
		}
		offs := make([]uint32, cnt)
		for j, s := range f[len(f)-cnt:] {
			v, err := strconv.ParseUint(s, 10, 32)
			if err != nil {
				return bad("bad offset " + s)
			}
			offs[j] = uint32(v)
		}
		if _, dup := out[lemma]; dup {
			return bad("lemma " + lemma + " twice")
		}
		out[lemma] = offs
		return nil
	})
	return out, err
}

// parseExc reads an exception list into sorted (inflected form, base
// forms) pairs; an inflected form listed twice has its bases joined.
func parseExc(b []byte, file string) ([][2]string, error) {
	var out [][2]string
	err := lines(b, func(n int, line string) error {
		f := strings.Fields(strings.ToLower(line))
		if len(f) < 2 {
			return fmt.Errorf("%s:%d: want an inflected form and a base", file, n)
		}
		out = append(out, [2]string{f[0], strings.Join(f[1:], " ")})
		return nil
	})
	slices.SortStableFunc(out, func(a, b [2]string) int { return strings.Compare(a[0], b[0]) })
	merged := out[:0]
	for _, e := range out {
		if k := len(merged); k > 0 && merged[k-1][0] == e[0] {
			merged[k-1][1] += " " + e[1]
			continue
		}
		merged = append(merged, e)
	}
	return merged, err
}
