// Status effects (poison, regeneration, shields) built with embedding and interfaces.
package main

import (
	"fmt"
	"strings"
)

type Unit struct {
	Name       string
	HP, Shield int
}

// Damage hits the shield first and reports how much it absorbed.
func (u *Unit) Damage(n int) (absorbed int) {
	absorbed = min(n, u.Shield)
	u.Shield, u.HP = u.Shield-absorbed, u.HP-(n-absorbed)
	return absorbed
}

type Effect interface {
	Name() string
	Tick(u *Unit) string
	Expired() bool
}

// timed is embedded by every effect to share the countdown logic.
type timed struct{ turns int }

func (t *timed) Expired() bool { return t.turns <= 0 }
func (t *timed) countdown()    { t.turns-- }

type Poison struct {
	timed
	Dmg int
}

func (p *Poison) Name() string { return "poison" }
func (p *Poison) Tick(u *Unit) string {
	p.countdown()
	if a := u.Damage(p.Dmg); a > 0 {
		return fmt.Sprintf("takes %d poison (%d absorbed)", p.Dmg, a)
	}
	return fmt.Sprintf("takes %d poison", p.Dmg)
}

type Regen struct {
	timed
	Heal int
}

func (r *Regen) Name() string { return "regen" }
func (r *Regen) Tick(u *Unit) string {
	r.countdown()
	u.HP += r.Heal
	return fmt.Sprintf("heals %d", r.Heal)
}

type Barrier struct {
	timed
	Amount  int
	started bool // shield is granted on the first tick
}

func (b *Barrier) Name() string { return "barrier" }
func (b *Barrier) Tick(u *Unit) string {
	if !b.started {
		b.started = true
		u.Shield += b.Amount
	}
	b.countdown()
	if b.Expired() {
		u.Shield = 0
		return "barrier fades"
	}
	return fmt.Sprintf("shield %d", u.Shield)
}

func describe(e Effect) string {
	switch e := e.(type) {
	case *Poison:
		return fmt.Sprintf("Poison(%d dmg, %d left)", e.Dmg, e.turns)
	case *Regen:
		return fmt.Sprintf("Regen(+%d, %d left)", e.Heal, e.turns)
	default:
		return fmt.Sprintf("%s(%T)", e.Name(), e)
	}
}

func main() {
	u := &Unit{Name: "Brother Osk", HP: 30}
	effects := []Effect{&Poison{timed{7}, 3}, &Regen{timed{5}, 2}, &Barrier{timed{3}, 5, false}}
	for i, e := range effects {
		fmt.Printf("applied %d: %s\n", i+1, describe(e))
	}
	for turn := 1; len(effects) > 0; turn++ {
		var notes []string
		kept := effects[:0]
		for _, e := range effects {
			notes = append(notes, e.Name()+": "+e.Tick(u))
			if e.Expired() {
				notes = append(notes, e.Name()+" expired")
			} else {
				kept = append(kept, e)
			}
		}
		effects = kept
		fmt.Printf("turn %d | hp %2d shield %d | %s\n", turn, u.HP, u.Shield, strings.Join(notes, "; "))
		switch turn {
		case 2:
			effects = append(effects, &Poison{timed{3}, 1})
			fmt.Println("       a spider bites: +", describe(effects[len(effects)-1]))
		case 5:
			effects = append(effects, &Barrier{timed{2}, 4, false})
			fmt.Println("       a cleric casts a new barrier")
		}
	}
	fmt.Printf("final: %+v (net %+d hp)\n", *u, u.HP-30)
}
