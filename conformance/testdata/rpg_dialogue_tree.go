// A branching NPC dialogue walked with scripted choices and flag conditions.
package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

type Flags map[string]bool

type Choice struct {
	Text     string
	Next     string
	Requires string        // flag needed to see this choice, "" for none
	Effect   func(f Flags) // optional side effect
}

type Node struct {
	Speaker, Line string
	Choices       []Choice
}

var ErrBadChoice = errors.New("no such choice")

func set(flag string) func(Flags) { return func(f Flags) { f[flag] = true } }

func visible(n Node, f Flags) []Choice {
	var out []Choice
	for _, c := range n.Choices {
		if c.Requires == "" || f[c.Requires] {
			out = append(out, c)
		}
	}
	return out
}

func talk(tree map[string]Node, flags Flags, picks []int) (visited []string, err error) {
	id := "start"
	for _, pick := range picks {
		n := tree[id]
		visited = append(visited, id)
		fmt.Printf("  %s: %q\n", n.Speaker, n.Line)
		opts := visible(n, flags)
		if len(opts) == 0 {
			return visited, nil
		}
		if pick < 0 || pick >= len(opts) {
			return visited, fmt.Errorf("at %q pick %d of %d: %w", id, pick, len(opts), ErrBadChoice)
		}
		c := opts[pick]
		fmt.Printf("    > %s\n", c.Text)
		if c.Effect != nil {
			c.Effect(flags)
		}
		id = c.Next
	}
	return visited, nil
}

func main() {
	tree := map[string]Node{
		"start": {"Innkeeper", "Welcome, traveller. What'll it be?", []Choice{
			{"A room, please.", "room", "", nil},
			{"Heard any rumours?", "rumour", "", set("heard_rumour")},
			{"I'm here about the cellar rats.", "rats", "heard_rumour", nil},
		}},
		"room":   {"Innkeeper", "Five silver. Sleep well.", []Choice{{"Goodnight.", "end", "", set("rested")}}},
		"rumour": {"Innkeeper", "Rats in my cellar, big as dogs.", []Choice{{"Tell me more.", "start", "", nil}, {"Not my problem.", "end", "", nil}}},
		"rats":   {"Innkeeper", "You'll help? Take this key.", []Choice{{"Consider it done.", "end", "", set("has_key")}}},
		"end":    {"Innkeeper", "Safe travels.", nil},
	}
	scripts := [][]int{{0, 0, 0}, {1, 0, 2, 0, 0}, {2}, {1, 1, 0}}
	for i, picks := range scripts {
		flags := Flags{}
		fmt.Printf("conversation %d, picks %v\n", i+1, picks)
		visited, err := talk(tree, flags, picks)
		if errors.Is(err, ErrBadChoice) {
			fmt.Println("  error:", err)
		}
		keys := make([]string, 0, len(flags))
		for k := range flags {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		fmt.Printf("  path=%s flags=%v\n", strings.Join(visited, "->"), keys)
	}
}
