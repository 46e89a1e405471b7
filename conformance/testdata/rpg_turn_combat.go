// Turn-based combat between a hero and a few monsters, driven by a seeded RNG.
package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

type Class int

const (
	Warrior Class = iota
	Rogue
	Beast
)

func (c Class) String() string {
	switch c {
	case Warrior:
		return "Warrior"
	case Rogue:
		return "Rogue"
	case Beast:
		return "Beast"
	}
	return fmt.Sprintf("Class(%d)", int(c))
}

type Fighter struct {
	Name   string
	Class  Class
	HP     int
	MaxHP  int
	Attack int
	Armor  int
}

func (f Fighter) Alive() bool { return f.HP > 0 }

func (f *Fighter) TakeHit(dmg int) int {
	dealt := max(dmg-f.Armor, 1)
	f.HP = max(f.HP-dealt, 0)
	return dealt
}

func (f Fighter) Bar() string {
	const width = 10
	filled := f.HP * width / f.MaxHP
	return "[" + strings.Repeat("#", filled) + strings.Repeat(".", width-filled) + "]"
}

func roll(r *rand.Rand, sides int) int { return r.IntN(sides) + 1 }

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	hero := &Fighter{Name: "Aria", Class: Warrior, HP: 40, MaxHP: 40, Attack: 6, Armor: 2}
	foes := []*Fighter{
		{Name: "Goblin", Class: Rogue, HP: 12, MaxHP: 12, Attack: 4, Armor: 0},
		{Name: "Wolf", Class: Beast, HP: 16, MaxHP: 16, Attack: 5, Armor: 1},
		{Name: "Orc", Class: Warrior, HP: 22, MaxHP: 22, Attack: 3, Armor: 2},
	}
	fmt.Printf("%+v\n", *hero)
	classes := []Class{hero.Class}
	for _, f := range foes {
		classes = append(classes, f.Class)
	}
	fmt.Println("classes:", classes)

	for round := 1; round <= 12; round++ {
		var target *Fighter
		for _, f := range foes {
			if f.Alive() {
				target = f
				break
			}
		}
		if target == nil || !hero.Alive() {
			break
		}
		d := roll(r, 6) + hero.Attack
		crit := roll(r, 20) == 20
		if crit {
			d *= 2
		}
		dealt := target.TakeHit(d)
		fmt.Printf("R%2d %-6s hits %-6s for %2d%s -> %s %q\n", round, hero.Name, target.Name, dealt,
			map[bool]string{true: " CRIT", false: ""}[crit], target.Bar(), fmt.Sprint(target.HP))
		for _, f := range foes {
			if !f.Alive() {
				continue
			}
			taken := hero.TakeHit(roll(r, 4) + f.Attack)
			fmt.Printf("    %-6s bites %-6s for %2d -> %s %3d/%d\n", f.Name, hero.Name, taken, hero.Bar(), hero.HP, hero.MaxHP)
		}
	}
	survivors := 0
	for _, f := range foes {
		if f.Alive() {
			survivors++
		}
	}
	if hero.Alive() && survivors == 0 {
		fmt.Printf("%s (%v) wins with %d HP\n", hero.Name, hero.Class, hero.HP)
	} else {
		fmt.Printf("battle ends: hero alive=%t, foes left=%d\n", hero.Alive(), survivors)
	}
}
