package main

import (
	"fmt"
	"slices"
	"strings"
)

type State int

const (
	Exploring State = iota
	Won
	Dead
)

func (s State) String() string {
	return [...]string{"exploring", "won", "dead"}[s]
}

type Room struct {
	Name  string
	Exits map[string]string
	Items []string
	Lock  string // item needed to enter, if any
}

type Game struct {
	rooms     map[string]*Room
	here      string
	inventory []string
	state     State
	moves     int
}

func NewGame() *Game {
	rooms := map[string]*Room{
		"hall":    {Name: "hall", Exits: map[string]string{"north": "library", "east": "kitchen"}},
		"library": {Name: "library", Exits: map[string]string{"south": "hall"}, Items: []string{"lamp"}},
		"kitchen": {Name: "kitchen", Exits: map[string]string{"west": "hall", "down": "cellar"}, Items: []string{"key", "bread"}},
		"cellar":  {Name: "cellar", Exits: map[string]string{"up": "kitchen", "east": "vault"}, Lock: "lamp"},
		"vault":   {Name: "vault", Exits: map[string]string{"west": "cellar"}, Items: []string{"treasure"}, Lock: "key"},
	}
	return &Game{rooms: rooms, here: "hall"}
}

func (g *Game) has(item string) bool { return slices.Contains(g.inventory, item) }

func (g *Game) describe() string {
	r := g.rooms[g.here]
	exits := make([]string, 0, len(r.Exits))
	for dir := range r.Exits {
		exits = append(exits, dir)
	}
	slices.Sort(exits)
	desc := fmt.Sprintf("You are in the %s. Exits: %s.", r.Name, strings.Join(exits, ", "))
	if len(r.Items) > 0 {
		desc += " You see: " + strings.Join(r.Items, ", ") + "."
	}
	return desc
}

// Do executes one command and returns the response text.
func (g *Game) Do(cmd string) string {
	if g.state != Exploring {
		return "The game is over."
	}
	g.moves++
	verb, arg, _ := strings.Cut(strings.TrimSpace(cmd), " ")
	room := g.rooms[g.here]
	switch verb {
	case "look":
		return g.describe()
	case "go":
		dest, ok := room.Exits[arg]
		if !ok {
			return "You can't go " + arg + "."
		}
		next := g.rooms[dest]
		if next.Lock != "" && !g.has(next.Lock) {
			if dest == "cellar" {
				g.state = Dead
				return "You stumble down the dark stairs and fall. Game over."
			}
			return "The way is locked; you need the " + next.Lock + "."
		}
		g.here = dest
		return g.describe()
	case "take":
		i := slices.Index(room.Items, arg)
		if i < 0 {
			return "There is no " + arg + " here."
		}
		room.Items = slices.Delete(room.Items, i, i+1)
		g.inventory = append(g.inventory, arg)
		if arg == "treasure" {
			g.state = Won
			return "You lift the treasure. You win!"
		}
		return "Taken: " + arg + "."
	case "drop":
		i := slices.Index(g.inventory, arg)
		if i < 0 {
			return "You don't have " + arg + "."
		}
		g.inventory = slices.Delete(g.inventory, i, i+1)
		room.Items = append(room.Items, arg)
		return "Dropped: " + arg + "."
	case "inventory":
		if len(g.inventory) == 0 {
			return "You carry nothing."
		}
		return "You carry: " + strings.Join(g.inventory, ", ") + "."
	}
	return "I don't understand " + fmt.Sprintf("%q", cmd) + "."
}

func play(title string, script []string) {
	fmt.Println("==", title, "==")
	g := NewGame()
	fmt.Println(g.describe())
	for _, cmd := range script {
		fmt.Printf("> %s\n%s\n", cmd, g.Do(cmd))
	}
	fmt.Printf("result: %v after %d moves, inventory %v\n", g.state, g.moves, g.inventory)
}

func main() {
	play("careful player", []string{
		"go east", "take key", "take bread", "go west", "go north", "take lamp",
		"inventory", "go south", "go east", "drop bread", "go down", "go east", "take treasure", "look",
	})
	play("reckless player", []string{"dance", "go west", "go east", "go down"})
}
