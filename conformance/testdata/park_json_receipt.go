package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type LineItem struct {
	Desc  string `json:"desc"`
	Cents int    `json:"cents"`
}

type Receipt struct {
	ID        string            `json:"id"`
	Plate     string            `json:"plate"`
	Minutes   int               `json:"minutes"`
	Items     []LineItem        `json:"items"`
	Validated bool              `json:"validated,omitempty"`
	Notes     *string           `json:"notes"`
	Meta      map[string]string `json:"meta,omitempty"`
	internal  int
}

func (r Receipt) Total() int {
	t := 0
	for _, it := range r.Items {
		t += it.Cents
	}
	return t
}

func main() {
	note := "paid at kiosk 3"
	r := Receipt{
		ID:      "R-2024-0007",
		Plate:   "GH 404",
		Minutes: 135,
		Items: []LineItem{
			{"parking 2h15m", 900},
			{"ev charging", 450},
		},
		Notes:    &note,
		Meta:     map[string]string{"level": "P2", "gate": "east"},
		internal: 99,
	}

	compact, err := json.Marshal(r)
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(compact))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r.Items); err != nil {
		fmt.Println("encode:", err)
	}

	input := `{"id":"R-9","plate":"XY 1","minutes":20,"items":[{"desc":"grace period","cents":0}],"validated":true,"notes":null,"extra":"ignored"}`
	var back Receipt
	if err := json.Unmarshal([]byte(input), &back); err != nil {
		fmt.Println("unmarshal:", err)
		return
	}
	fmt.Printf("%+v\n", back.Items)
	fmt.Printf("validated=%t notes-nil=%t total=%d\n", back.Validated, back.Notes == nil, back.Total())

	dec := json.NewDecoder(strings.NewReader(`{"id":"R-10","minutes":"soon"}`))
	var bad Receipt
	if err := dec.Decode(&bad); err != nil {
		fmt.Println("decode error:", err)
	}

	var generic map[string]any
	_ = json.Unmarshal(compact, &generic)
	fmt.Printf("minutes is %T = %v\n", generic["minutes"], generic["minutes"])
	items := generic["items"].([]any)
	fmt.Printf("first item: %v\n", items[0])
	fmt.Println("total cents:", r.Total())
}
