// Go by Example: Enums
package main

import "fmt"

// Our enum type ServerState has an underlying int type.
type ServerState int

// The special keyword iota generates successive constant values.
const (
	StateIdle ServerState = iota
	StateConnected
	StateError
	StateRetrying
)

var stateName = map[ServerState]string{
	StateIdle:      "idle",
	StateConnected: "connected",
	StateError:     "error",
	StateRetrying:  "retrying",
}

// By implementing fmt.Stringer, values can be printed out.
func (ss ServerState) String() string {
	if name, ok := stateName[ss]; ok {
		return name
	}
	return fmt.Sprintf("ServerState(%d)", int(ss))
}

// transition emulates a state transition for a server.
func transition(s ServerState) ServerState {
	switch s {
	case StateIdle:
		return StateConnected
	case StateConnected, StateRetrying:
		return StateIdle
	case StateError:
		return StateError
	default:
		panic(fmt.Errorf("unknown state: %s", s))
	}
}

// Bit flags with iota and shifts.
type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
)

func (p Perm) String() string {
	out := []byte("---")
	for i, c := range "rwx" {
		if p&(1<<i) != 0 {
			out[i] = byte(c)
		}
	}
	return string(out)
}

// Skipping values and expressions with iota.
type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

func main() {
	ns := transition(StateIdle)
	fmt.Println(ns, transition(ns))

	fmt.Println(StateError, StateRetrying, ServerState(9))
	fmt.Printf("%v %d %q\n", StateConnected, StateConnected, StateConnected)

	for s := StateIdle; s <= StateRetrying; s++ {
		fmt.Printf("%-10s -> %s\n", s, transition(s))
	}

	fmt.Println(Read, Write, Exec, Read|Exec, Read|Write|Exec, Perm(0))
	fmt.Println(uint8(Read | Write | Exec))

	fmt.Println(KB, MB, GB)
}
