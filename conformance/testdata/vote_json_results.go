package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sort"
)

type CandidateResult struct {
	Name    string  `json:"name"`
	Party   string  `json:"party,omitempty"`
	Votes   int     `json:"votes"`
	Share   float64 `json:"share"`
	Elected bool    `json:"elected"`
}

type RaceResult struct {
	Race       string            `json:"race"`
	District   int               `json:"district"`
	Candidates []CandidateResult `json:"candidates"`
	Spoiled    int               `json:"spoiled"`
	Notes      map[string]string `json:"notes,omitempty"`
	internal   string
}

const feed = `{
  "race": "Mayor",
  "district": 7,
  "candidates": [
    {"name": "Rosa Lind", "party": "Civic", "votes": 4210},
    {"name": "Tom Achebe", "votes": 3987},
    {"name": "Uma Sato", "party": "Green", "votes": 1120}
  ],
  "spoiled": 41,
  "notes": {"recount": "no", "observer": "L. Ng", "audit": "pending"}
}`

func (r *RaceResult) Finalize() {
	total := 0
	for _, c := range r.Candidates {
		total += c.Votes
	}
	sort.Slice(r.Candidates, func(i, j int) bool {
		return r.Candidates[i].Votes > r.Candidates[j].Votes
	})
	for i := range r.Candidates {
		c := &r.Candidates[i]
		c.Share = float64(int(10000*float64(c.Votes)/float64(total))) / 100
		c.Elected = i == 0
	}
	r.internal = "finalized"
}

func main() {
	var r RaceResult
	if err := json.Unmarshal([]byte(feed), &r); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("decoded race %q district %d with %d candidates\n", r.Race, r.District, len(r.Candidates))
	fmt.Printf("second candidate: %+v\n", r.Candidates[1])

	r.Finalize()
	r.Notes["audit"] = "complete"

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		fmt.Println("encode error:", err)
	}

	compact, _ := json.Marshal(r.Candidates[2])
	fmt.Println(string(compact))

	var bad RaceResult
	err := json.Unmarshal([]byte(`{"race": "Mayor", "district": "seven"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error: field=%s value=%s\n", typeErr.Field, typeErr.Value)
	}
	fmt.Println("internal field kept private:", r.internal)
}
