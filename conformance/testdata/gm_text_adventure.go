package main

import (
	"fmt"
	"slices"
	"strings"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[string]string
	Items []string
	Lock  string // item required to enter, if any
}

type Game struct {
	rooms     map[string]*Room
	here      string
	inventory []string
	moves     int
	over      bool
}

func NewGame() *Game {
	rooms := []*Room{
		{Name: "hall", Desc: "A dusty entrance hall.", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		{Name: "kitchen", Desc: "Pots hang from the ceiling.", Exits: map[string]string{"west": "hall"}, Items: []string{"lamp", "bread"}},
		{Name: "library", Desc: "Shelves of mouldy books.", Exits: map[string]string{"south": "hall", "down": "cellar"}, Items: []string{"key"}},
		{Name: "cellar", Desc: "Pitch dark, but your lamp shows a chest.", Exits: map[string]string{"up": "library"}, Items: []string{"chest"}, Lock: "lamp"},
	}
	g := &Game{rooms: map[string]*Room{}, here: "hall"}
	for _, r := range rooms {
		g.rooms[r.Name] = r
	}
	return g
}

func (g *Game) has(item string) bool { return slices.Contains(g.inventory, item) }

func (g *Game) look() string {
	r := g.rooms[g.here]
	exits := make([]string, 0, len(r.Exits))
	for dir := range r.Exits {
		exits = append(exits, dir)
	}
	slices.Sort(exits)
	s := fmt.Sprintf("[%s] %s Exits: %s.", r.Name, r.Desc, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		s += fmt.Sprintf(" You see: %s.", strings.Join(r.Items, ", "))
	}
	return s
}

// Do executes one command and returns the game's response.
func (g *Game) Do(line string) string {
	verb, obj, _ := strings.Cut(strings.ToLower(strings.TrimSpace(line)), " ")
	g.moves++
	r := g.rooms[g.here]
	switch verb {
	case "look", "l":
		return g.look()
	case "go", "n", "s", "e", "w":
		if verb != "go" {
			obj = map[string]string{"n": "north", "s": "south", "e": "east", "w": "west"}[verb]
		}
		dest, ok := r.Exits[obj]
		if !ok {
			return "You can't go " + obj + "."
		}
		if need := g.rooms[dest].Lock; need != "" && !g.has(need) {
			return fmt.Sprintf("It is too dark to go %s without a %s.", obj, need)
		}
		g.here = dest
		return g.look()
	case "take":
		i := slices.Index(r.Items, obj)
		if i < 0 || obj == "chest" {
			return fmt.Sprintf("You can't take %q.", obj)
		}
		r.Items = slices.Delete(r.Items, i, i+1)
		g.inventory = append(g.inventory, obj)
		return "Taken: " + obj
	case "open":
		if obj != "chest" || !slices.Contains(r.Items, "chest") {
			return "There is nothing to open."
		}
		if !g.has("key") {
			return "The chest is locked."
		}
		g.over = true
		return "The chest creaks open. Treasure! You win."
	case "inventory", "i":
		inv := slices.Sorted(slices.Values(g.inventory))
		return fmt.Sprintf("You carry %d item(s): %v", len(inv), inv)
	}
	g.moves--
	return fmt.Sprintf("I don't understand %q.", line)
}

func main() {
	script := []string{
		"look", "go down", "n", "down", "s", "e", "take lamp", "take spoon",
		"w", "n", "take key", "i", "dance", "go down", "take chest", "open chest", "look",
	}
	g := NewGame()
	for _, cmd := range script {
		if g.over {
			fmt.Printf("(ignoring %q: game over)\n", cmd)
			continue
		}
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
	}
	fmt.Printf("finished in %d moves with inventory %q\n", g.moves, g.inventory)
}
