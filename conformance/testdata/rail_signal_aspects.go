package main

import "fmt"

type Aspect int

const (
	Danger Aspect = iota
	Caution
	PreliminaryCaution
	Clear
)

func (a Aspect) String() string {
	switch a {
	case Danger:
		return "RED"
	case Caution:
		return "YELLOW"
	case PreliminaryCaution:
		return "DOUBLE-YELLOW"
	case Clear:
		return "GREEN"
	}
	return fmt.Sprintf("Aspect(%d)", int(a))
}

// aspectFor returns what a signal shows given how many
// block sections ahead of it are free.
func aspectFor(freeBlocks int) Aspect {
	switch {
	case freeBlocks <= 0:
		return Danger
	case freeBlocks == 1:
		return Caution
	case freeBlocks == 2:
		return PreliminaryCaution
	default:
		return Clear
	}
}

// driverActions lists everything a driver must do; stronger
// warnings include all the actions of the weaker ones.
func driverActions(a Aspect) []string {
	var acts []string
	switch a {
	case Danger:
		acts = append(acts, "stop before signal")
		fallthrough
	case Caution:
		acts = append(acts, "prepare to stop at next signal")
		fallthrough
	case PreliminaryCaution:
		acts = append(acts, "reduce speed")
	case Clear:
		acts = append(acts, "proceed at line speed")
	}
	return acts
}

func main() {
	// occupied[i] is true when block i holds a train
	occupied := []bool{false, false, true, false, false, false, true, false}

	for sig := range len(occupied) {
		free := 0
		for b := sig; b < len(occupied) && !occupied[b]; b++ {
			free++
		}
		asp := aspectFor(free)
		fmt.Printf("signal S%02d free=%d aspect=%-13v actions=%q\n", sig, free, asp, driverActions(asp))
	}

	fmt.Println(Aspect(7))
	fmt.Printf("%d %s %v\n", Clear, Clear, Caution)
}
