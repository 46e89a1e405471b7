package main

import (
	"fmt"
	"math/rand/v2"
)

type Fighter interface {
	Name() string
	Alive() bool
	TakeDamage(n int)
	Act(rng *rand.Rand, allies, foes []Fighter) string
}

type Unit struct {
	name   string
	HP     int
	MaxHP  int
	Attack int
}

func (u *Unit) Name() string { return u.name }
func (u *Unit) Alive() bool  { return u.HP > 0 }
func (u *Unit) TakeDamage(n int) {
	u.HP = max(0, u.HP-n)
}
func (u *Unit) String() string { return fmt.Sprintf("%s(%d/%d)", u.name, u.HP, u.MaxHP) }

func firstAlive(fs []Fighter) Fighter {
	for _, f := range fs {
		if f.Alive() {
			return f
		}
	}
	return nil
}

type Warrior struct{ Unit }

func (w *Warrior) Act(rng *rand.Rand, _, foes []Fighter) string {
	t := firstAlive(foes)
	dmg := w.Attack + rng.IntN(4)
	t.TakeDamage(dmg)
	return fmt.Sprintf("%s slashes %s for %d", w.name, t.Name(), dmg)
}

type Mage struct {
	Unit
	Mana int
}

func (m *Mage) Act(rng *rand.Rand, _, foes []Fighter) string {
	if m.Mana >= 5 {
		m.Mana -= 5
		hit := 0
		for _, f := range foes {
			if f.Alive() {
				f.TakeDamage(m.Attack)
				hit++
			}
		}
		return fmt.Sprintf("%s casts fireball hitting %d foes for %d", m.name, hit, m.Attack)
	}
	m.Mana += 3
	return fmt.Sprintf("%s meditates (mana %d)", m.name, m.Mana)
}

type Healer struct{ Unit }

func (h *Healer) Act(rng *rand.Rand, allies, foes []Fighter) string {
	var weakest *Unit
	for _, a := range allies {
		var u *Unit
		switch v := a.(type) {
		case *Warrior:
			u = &v.Unit
		case *Mage:
			u = &v.Unit
		case *Healer:
			u = &v.Unit
		}
		if u != nil && u.Alive() && u.HP < u.MaxHP && (weakest == nil || u.HP < weakest.HP) {
			weakest = u
		}
	}
	if weakest == nil {
		t := firstAlive(foes)
		t.TakeDamage(h.Attack)
		return fmt.Sprintf("%s pokes %s for %d", h.name, t.Name(), h.Attack)
	}
	amount := 6 + rng.IntN(3)
	weakest.HP = min(weakest.MaxHP, weakest.HP+amount)
	return fmt.Sprintf("%s heals %s by %d", h.name, weakest.name, amount)
}

func alive(fs []Fighter) bool { return firstAlive(fs) != nil }

func main() {
	rng := rand.New(rand.NewPCG(7, 9))
	heroes := []Fighter{
		&Warrior{Unit{"Aria", 30, 30, 6}},
		&Mage{Unit{"Bram", 18, 18, 5}, 5},
		&Healer{Unit{"Cleo", 20, 20, 2}},
	}
	monsters := []Fighter{
		&Warrior{Unit{"Orc", 28, 28, 7}},
		&Warrior{Unit{"Goblin", 15, 15, 4}},
		&Mage{Unit{"Shaman", 16, 16, 4}, 0},
	}
	sides := [2][]Fighter{heroes, monsters}
	names := [2]string{"Heroes", "Monsters"}

	round := 0
battle:
	for round = 1; round <= 12; round++ {
		fmt.Printf("-- round %d --\n", round)
		for s, side := range sides {
			foes := sides[1-s]
			for _, f := range side {
				if !f.Alive() {
					continue
				}
				fmt.Println("  " + f.Act(rng, side, foes))
				if !alive(foes) {
					fmt.Printf("%s win in round %d!\n", names[s], round)
					break battle
				}
			}
		}
	}
	for s, side := range sides {
		fmt.Printf("%-8s %v\n", names[s]+":", side)
	}
}
