package main

import (
	"encoding/json"
	"fmt"
	"log"
	"sort"
)

type Game struct {
	Round  int    `json:"round"`
	White  string `json:"white"`
	Black  string `json:"black"`
	Result string `json:"result"`
	Moves  int    `json:"moves,omitempty"`
}

type Tournament struct {
	Name    string   `json:"name"`
	Rounds  int      `json:"rounds"`
	Players []string `json:"players"`
	Games   []Game   `json:"games"`
}

type Standing struct {
	Player string  `json:"player"`
	Points float64 `json:"points"`
	Wins   int     `json:"wins"`
}

const input = `{
  "name": "Spring Open",
  "rounds": 3,
  "players": ["Ivan", "Maya", "Olek", "Sara"],
  "games": [
    {"round": 1, "white": "Ivan", "black": "Maya", "result": "1-0", "moves": 41},
    {"round": 1, "white": "Olek", "black": "Sara", "result": "1/2-1/2"},
    {"round": 2, "white": "Maya", "black": "Olek", "result": "0-1", "moves": 28},
    {"round": 2, "white": "Sara", "black": "Ivan", "result": "1/2-1/2", "moves": 60},
    {"round": 3, "white": "Ivan", "black": "Olek", "result": "0-1", "moves": 35},
    {"round": 3, "white": "Maya", "black": "Sara", "result": "1-0"}
  ]
}`

func main() {
	var t Tournament
	if err := json.Unmarshal([]byte(input), &t); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %d rounds, %d players, %d games\n", t.Name, t.Rounds, len(t.Players), len(t.Games))
	fmt.Printf("first game: %+v\n", t.Games[0])

	table := map[string]*Standing{}
	for _, p := range t.Players {
		table[p] = &Standing{Player: p}
	}
	for _, g := range t.Games {
		w, b := table[g.White], table[g.Black]
		switch g.Result {
		case "1-0":
			w.Points++
			w.Wins++
		case "0-1":
			b.Points++
			b.Wins++
		case "1/2-1/2":
			w.Points += 0.5
			b.Points += 0.5
		}
	}
	standings := make([]Standing, 0, len(table))
	for _, s := range table {
		standings = append(standings, *s)
	}
	sort.Slice(standings, func(i, j int) bool {
		if standings[i].Points != standings[j].Points {
			return standings[i].Points > standings[j].Points
		}
		return standings[i].Player < standings[j].Player
	})
	out, err := json.MarshalIndent(standings, "", "  ")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(out))

	short, _ := json.Marshal(t.Games[1])
	fmt.Println("omitempty:", string(short))

	var generic map[string]any
	_ = json.Unmarshal([]byte(input), &generic)
	fmt.Printf("rounds field is %T = %v\n", generic["rounds"], generic["rounds"])
}
