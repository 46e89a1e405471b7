package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Copy struct {
	Barcode string `json:"barcode"`
	Status  string `json:"status"`
	DueDate string `json:"due_date,omitempty"`
}

type Record struct {
	ISBN     string   `json:"isbn"`
	Title    string   `json:"title"`
	Authors  []string `json:"authors"`
	Year     int      `json:"year"`
	Copies   []Copy   `json:"copies"`
	Internal string   `json:"-"`
}

func (r Record) Available() int {
	n := 0
	for _, c := range r.Copies {
		if c.Status == "on_shelf" {
			n++
		}
	}
	return n
}

const feed = `[
  {"isbn": "9780141439518", "title": "Pride and Prejudice", "authors": ["Jane Austen"], "year": 1813,
   "copies": [{"barcode": "A1", "status": "on_shelf"}, {"barcode": "A2", "status": "loaned", "due_date": "2024-05-01"}]},
  {"isbn": "9780262033848", "title": "Introduction to Algorithms",
   "authors": ["Cormen", "Leiserson", "Rivest", "Stein"], "year": 2009,
   "copies": [{"barcode": "C1", "status": "loaned", "due_date": "2024-04-20"}]}
]`

func main() {
	var records []Record
	if err := json.Unmarshal([]byte(feed), &records); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	for _, r := range records {
		fmt.Printf("%s (%d) by %s: %d/%d available\n",
			r.Title, r.Year, strings.Join(r.Authors, ", "), r.Available(), len(r.Copies))
	}

	newRec := Record{
		ISBN:     "9780547928227",
		Title:    "The Hobbit",
		Authors:  []string{"J. R. R. Tolkien"},
		Year:     1937,
		Copies:   []Copy{{Barcode: "H1", Status: "on_shelf"}},
		Internal: "do not export",
	}
	out, err := json.Marshal(newRec)
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	pretty, _ := json.MarshalIndent(newRec.Copies[0], "", "  ")
	fmt.Println(string(pretty))

	var generic map[string]any
	_ = json.Unmarshal(out, &generic)
	fmt.Printf("year decoded as %T: %v\n", generic["year"], generic["year"])
	fmt.Printf("authors decoded as %T\n", generic["authors"])

	bad := `{"isbn": 12345}`
	var r Record
	err = json.Unmarshal([]byte(bad), &r)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("bad field %q: got %s, want %v\n", typeErr.Field, typeErr.Value, typeErr.Type)
	}
}
