package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type Rank int

func (r Rank) MarshalJSON() ([]byte, error) {
	suffix := "th"
	switch r % 10 {
	case 1:
		suffix = "st"
	case 2:
		suffix = "nd"
	case 3:
		suffix = "rd"
	}
	if r%100 >= 11 && r%100 <= 13 {
		suffix = "th"
	}
	return json.Marshal(fmt.Sprintf("%d%s", int(r), suffix))
}

type Initials string

func (i *Initials) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if len(s) > 3 {
		return fmt.Errorf("initials %q longer than 3 letters", s)
	}
	*i = Initials(strings.ToUpper(s))
	return nil
}

type Row struct {
	Rank     Rank     `json:"rank"`
	Initials Initials `json:"initials"`
	Score    int      `json:"score"`
}

type Board struct {
	Game   string         `json:"game"`
	Rows   []Row          `json:"rows"`
	Totals map[string]int `json:"totals"`
}

func main() {
	raw := `{"game":"Rally X","rows":[
		{"initials":"jo","score":4100},
		{"initials":"ann","score":3900},
		{"initials":"rik","score":2200}]}`

	var b Board
	if err := json.Unmarshal([]byte(raw), &b); err != nil {
		fmt.Println("decode:", err)
		return
	}
	b.Totals = map[string]int{"zeta": 1, "alpha": 3, "mid": 2}
	for i := range b.Rows {
		b.Rows[i].Rank = Rank(i + 1)
	}
	b.Rows = append(b.Rows, Row{Rank: 11, Initials: "ZZZ", Score: 10})
	b.Rows = append(b.Rows, Row{Rank: 22, Initials: "YYY", Score: 5})

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		fmt.Println("encode:", err)
	}

	var bad Board
	err := json.Unmarshal([]byte(`{"rows":[{"initials":"LONGNAME"}]}`), &bad)
	fmt.Println("error:", err)

	dec := json.NewDecoder(strings.NewReader(`{"game":"Qix","extra":true}`))
	dec.DisallowUnknownFields()
	fmt.Println("strict:", dec.Decode(&bad))
}
