package main

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type record struct {
	name                     string
	played, won, drawn, lost int
}

func (r record) points() int { return 3*r.won + r.drawn }

var (
	ErrBadResult = errors.New("unknown result")
	ErrFields    = errors.New("expected 3 fields")
)

func Tally(input string) (string, string, error) {
	teams := map[string]*record{}
	for i, line := range strings.Split(input, "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ";")
		if len(parts) != 3 {
			return "", "", fmt.Errorf("line %d %q: %w", i+1, line, ErrFields)
		}
		var side [2]*record
		for k, name := range parts[:2] {
			if teams[name] == nil {
				teams[name] = &record{name: name}
			}
			side[k] = teams[name]
			side[k].played++
		}
		a, b := side[0], side[1]
		switch parts[2] {
		case "win":
			a.won, b.lost = a.won+1, b.lost+1
		case "loss":
			a.lost, b.won = a.lost+1, b.won+1
		case "draw":
			a.drawn, b.drawn = a.drawn+1, b.drawn+1
		default:
			return "", "", fmt.Errorf("line %d %q: %w", i+1, line, ErrBadResult)
		}
	}
	rows := slices.Collect(maps.Values(teams))
	slices.SortFunc(rows, func(x, y *record) int {
		return cmp.Or(cmp.Compare(y.points(), x.points()), strings.Compare(x.name, y.name))
	})
	var b strings.Builder
	fmt.Fprintf(&b, "%-30s | MP |  W |  D |  L |  P\n", "Team")
	for _, r := range rows {
		fmt.Fprintf(&b, "%-30s | %2d | %2d | %2d | %2d | %2d\n", r.name, r.played, r.won, r.drawn, r.lost, r.points())
	}
	if len(rows) == 0 {
		return b.String(), "", nil
	}
	return b.String(), rows[0].name, nil
}

func main() {
	tests := []struct {
		name, input, leader string
		wantErr             bool
	}{
		{"no games", "", "", false},
		{"single win", "Allegoric Alaskans;Blithering Badgers;win", "Allegoric Alaskans", false},
		{"draw ties sort by name", "Courageous Californians;Blithering Badgers;draw", "Blithering Badgers", false},
		{"full season", `Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
# comment line
Devastating Donkeys;Allegoric Alaskans;win
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win`, "Devastating Donkeys", false},
		{"bad result", "A;B;win\nA;B;maybe", "", true},
		{"bad fields", "A;B", "", true},
	}
	for _, tc := range tests {
		table, leader, err := Tally(tc.input)
		status := "PASS"
		if (err != nil) != tc.wantErr || leader != tc.leader {
			status = "FAIL"
		}
		fmt.Printf("%s %s (leader %q)\n", status, tc.name, leader)
		if err != nil {
			fmt.Printf("error: %v (result=%t fields=%t)\n", err, errors.Is(err, ErrBadResult), errors.Is(err, ErrFields))
		} else {
			fmt.Print(table)
		}
	}
}
