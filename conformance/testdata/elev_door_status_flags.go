package main

import (
	"fmt"
	"strings"
)

// DoorFlags is a bit set describing the state of a car door.
type DoorFlags uint8

const (
	Open DoorFlags = 1 << iota
	Locked
	LightCurtainBroken
	NudgeMode
	SafetyEdgeHit
	ManualOverride
)

var flagNames = []struct {
	f    DoorFlags
	name string
}{
	{Open, "open"},
	{Locked, "locked"},
	{LightCurtainBroken, "curtain"},
	{NudgeMode, "nudge"},
	{SafetyEdgeHit, "edge"},
	{ManualOverride, "manual"},
}

func (d DoorFlags) String() string {
	if d == 0 {
		return "closed"
	}
	var parts []string
	for _, fn := range flagNames {
		if d&fn.f != 0 {
			parts = append(parts, fn.name)
		}
	}
	return strings.Join(parts, "|")
}

func (d DoorFlags) Has(f DoorFlags) bool { return d&f == f }

func (d *DoorFlags) Set(f DoorFlags)   { *d |= f }
func (d *DoorFlags) Clear(f DoorFlags) { *d &^= f }
func (d *DoorFlags) Toggle(f DoorFlags) {
	*d ^= f
}

// SafeToMove reports whether the car may leave the floor.
func (d DoorFlags) SafeToMove() bool {
	return !d.Has(Open) && d.Has(Locked) && d&(LightCurtainBroken|SafetyEdgeHit) == 0
}

func main() {
	var door DoorFlags
	show := func(step string) {
		fmt.Printf("%-22s %08b %#04x %-22v safe=%t\n", step, uint8(door), uint8(door), door, door.SafeToMove())
	}
	show("initial")
	door.Set(Open)
	show("doors open")
	door.Set(LightCurtainBroken)
	show("passenger in doorway")
	door.Clear(LightCurtainBroken)
	door.Set(NudgeMode)
	show("nudging")
	door.Clear(Open | NudgeMode)
	show("closed")
	door.Set(Locked)
	show("locked")
	door.Toggle(ManualOverride)
	show("override on")
	door.Toggle(ManualOverride)
	door.Set(SafetyEdgeHit)
	show("edge hit")

	fmt.Println("has locked:", door.Has(Locked), "| has open|locked:", door.Has(Open|Locked))
	fmt.Printf("all flags: %v (%d)\n", DoorFlags(63), DoorFlags(63))
	fmt.Printf("shift demo: 1<<5=%d, 0xF0>>4=%d, ^uint8(0)=%d\n", 1<<5, 0xF0>>4, ^uint8(0))
}
