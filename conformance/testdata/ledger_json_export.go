package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Line struct {
	Account string `json:"account"`
	Debit   int64  `json:"debit,omitempty"`
	Credit  int64  `json:"credit,omitempty"`
}

type JournalEntry struct {
	ID       int               `json:"id"`
	Date     string            `json:"date"`
	Memo     string            `json:"memo"`
	Lines    []Line            `json:"lines"`
	Tags     []string          `json:"tags,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	internal string
}

func (e JournalEntry) Balanced() bool {
	var d, c int64
	for _, l := range e.Lines {
		d += l.Debit
		c += l.Credit
	}
	return d == c
}

const imported = `[
  {"id": 7, "date": "2024-02-01", "memo": "Invoice #88",
   "lines": [{"account": "Receivables", "debit": 45000},
             {"account": "Sales", "credit": 45000}],
   "tags": ["invoice"], "meta": {"customer": "ACME", "terms": "net30"}},
  {"id": 8, "date": "2024-02-03", "memo": "Payment received",
   "lines": [{"account": "Bank", "debit": 45000},
             {"account": "Receivables", "credit": 44000}]}
]`

func main() {
	entry := JournalEntry{
		ID:   1,
		Date: "2024-01-15",
		Memo: "Office chairs",
		Lines: []Line{
			{Account: "Furniture", Debit: 32000},
			{Account: "Bank", Credit: 32000},
		},
		Meta:     map[string]string{"vendor": "Seats & Co", "po": "PO-17"},
		internal: "not exported",
	}

	compact, err := json.Marshal(entry)
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(compact))

	pretty, _ := json.MarshalIndent(entry.Lines, "", "  ")
	fmt.Println(string(pretty))

	var batch []JournalEntry
	if err := json.Unmarshal([]byte(imported), &batch); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	for _, e := range batch {
		fmt.Printf("#%d %s %-18q balanced=%-5v tags=%v meta=%v\n",
			e.ID, e.Date, e.Memo, e.Balanced(), e.Tags, e.Meta)
	}

	// Decode into a generic structure to inspect unknown documents.
	var generic []map[string]any
	_ = json.Unmarshal([]byte(imported), &generic)
	first := generic[0]
	fmt.Printf("id is %T(%v); lines is %T\n", first["id"], first["id"], first["lines"])

	// Round-trip through a streaming decoder with strict fields.
	dec := json.NewDecoder(strings.NewReader(`{"id": 9, "memo": "x", "amount": 5}`))
	dec.DisallowUnknownFields()
	var strict JournalEntry
	err = dec.Decode(&strict)
	fmt.Println("strict decode error:", err)

	var syntax *json.SyntaxError
	err = json.Unmarshal([]byte(`{"id": 1,}`), &strict)
	if errors.As(err, &syntax) {
		fmt.Printf("syntax error at offset %d: %v\n", syntax.Offset, syntax)
	}
	fmt.Println("internal field survives marshal:", strings.Contains(string(compact), entry.internal))
}
