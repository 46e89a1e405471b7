package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

type FastaRecord struct {
	ID          string
	Description string
	Seq         string
}

func (r FastaRecord) String() string {
	return fmt.Sprintf(">%s [%d bp] %q", r.ID, len(r.Seq), r.Description)
}

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

var ErrEmpty = errors.New("empty input")

func ParseFasta(r io.Reader) ([]FastaRecord, error) {
	sc := bufio.NewScanner(r)
	var recs []FastaRecord
	var cur *FastaRecord
	var seq strings.Builder
	flush := func() {
		if cur != nil {
			cur.Seq = seq.String()
			recs = append(recs, *cur)
			seq.Reset()
		}
	}
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		switch {
		case text == "" || strings.HasPrefix(text, ";"):
			continue
		case strings.HasPrefix(text, ">"):
			flush()
			id, desc, _ := strings.Cut(text[1:], " ")
			if id == "" {
				return recs, &ParseError{line, "header without id"}
			}
			cur = &FastaRecord{ID: id, Description: desc}
		default:
			if cur == nil {
				return nil, &ParseError{line, "sequence before header"}
			}
			if i := strings.IndexFunc(text, func(r rune) bool { return !strings.ContainsRune("ACGTNacgtn", r) }); i >= 0 {
				return recs, &ParseError{line, fmt.Sprintf("bad char %q at col %d", text[i], i+1)}
			}
			seq.WriteString(strings.ToUpper(text))
		}
	}
	flush()
	if len(recs) == 0 {
		return nil, ErrEmpty
	}
	return recs, sc.Err()
}

const good = `; example file
>seq1 Homo sapiens chr1 fragment
ACGTACGTAC
GTACGT
>seq2 mitochondrial
ttagcc
GGN

>seq3
AAAAAAAAAACCCCCCCCCC
`

const badChar = `>x
ACGT
ACXT
`

const noHeader = "ACGT\n>y\nAC\n"

func main() {
	inputs := []struct{ name, data string }{
		{"good", good}, {"badChar", badChar}, {"noHeader", noHeader}, {"empty", "\n\n"}, {"noID", ">\nACGT\n"},
	}
	for _, in := range inputs {
		recs, err := ParseFasta(strings.NewReader(in.data))
		fmt.Printf("== %s: %d records\n", in.name, len(recs))
		for _, r := range recs {
			fmt.Println("  ", r)
			fmt.Printf("   id=%q desc=%q seq=%s\n", r.ID, r.Description, r.Seq)
		}
		var pe *ParseError
		switch {
		case errors.As(err, &pe):
			fmt.Printf("   parse error at line %d: %s\n", pe.Line, pe.Msg)
		case errors.Is(err, ErrEmpty):
			fmt.Println("   error:", err)
		case err != nil:
			fmt.Println("   other error:", err)
		}
	}
	recs, _ := ParseFasta(strings.NewReader(good))
	total := 0
	for _, r := range recs {
		total += len(r.Seq)
	}
	fmt.Printf("total bases: %d, avg %.2f\n", total, float64(total)/float64(len(recs)))
}
