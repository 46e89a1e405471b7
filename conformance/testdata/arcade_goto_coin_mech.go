package main

import "fmt"

type State int

const (
	Idle State = iota
	Credited
	Playing
	Payout
)

var stateNames = [...]string{"Idle", "Credited", "Playing", "Payout"}

func (s State) String() string { return stateNames[s] }

// runMech walks a coin mechanism through a script of inputs using goto.
func runMech(inputs []string) (credits int, trace []string) {
	i := 0
	state := Idle

next:
	if i >= len(inputs) {
		goto done
	}
	trace = append(trace, fmt.Sprintf("%-8v <- %s", state, inputs[i]))
	switch in := inputs[i]; {
	case in == "coin":
		credits++
		state = Credited
	case in == "slug":
		trace = append(trace, "         rejected slug")
	case in == "start" && credits > 0:
		credits--
		state = Playing
	case in == "start":
		trace = append(trace, "         insert coin first")
	case in == "win":
		state = Payout
		fallthrough
	case in == "end":
		if credits > 0 {
			state = Credited
		} else if state != Payout {
			state = Idle
		}
	case in == "halt":
		trace = append(trace, "         operator halt")
		goto done
	}
	i++
	goto next

done:
	trace = append(trace, fmt.Sprintf("final state %v", state))
	return credits, trace
}

func main() {
	script := []string{"start", "coin", "slug", "coin", "start", "win", "start", "end", "start", "halt", "coin"}
	credits, trace := runMech(script)
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println("credits remaining:", credits)

	// Outer/inner labeled continue: find reels that match on every row.
	reels := [][3]string{
		{"7", "7", "7"},
		{"BAR", "7", "BAR"},
		{"CHERRY", "CHERRY", "CHERRY"},
	}
rows:
	for r, row := range reels {
		for _, sym := range row[1:] {
			if sym != row[0] {
				fmt.Printf("row %d: no match\n", r)
				continue rows
			}
		}
		fmt.Printf("row %d: triple %s!\n", r, row[0])
	}
}
