// Experience curves: a level table, level-ups from a list of rewards, stat growth.
package main

import (
	"fmt"
	"iter"
	"strings"
)

// xpFor returns the total XP needed to reach a level (level 1 needs 0).
func xpFor(level int) int {
	if level <= 1 {
		return 0
	}
	return 50*(level-1)*(level-1) + 50*(level-1)
}

// Levels yields (level, total xp) pairs up to top.
func Levels(top int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for lv := 1; lv <= top; lv++ {
			if !yield(lv, xpFor(lv)) {
				return
			}
		}
	}
}

type Stats struct{ STR, DEX, INT int }

func (s Stats) Add(o Stats) Stats { return Stats{s.STR + o.STR, s.DEX + o.DEX, s.INT + o.INT} }

type Hero struct {
	Name  string
	Level int
	XP    int
	Stats
}

var growth = map[string]Stats{
	"fighter": {3, 1, 0},
	"thief":   {1, 3, 1},
	"mage":    {0, 1, 3},
}

// Gain adds xp and returns how many levels were gained and the xp to the next level.
func (h *Hero) Gain(xp int, class string) (gained, toNext int) {
	h.XP += xp
	for h.XP >= xpFor(h.Level+1) {
		h.Level++
		h.Stats = h.Stats.Add(growth[class])
		gained++
	}
	return gained, xpFor(h.Level+1) - h.XP
}

func main() {
	fmt.Println("level  total xp  step")
	prev := 0
	for lv, total := range Levels(10) {
		fmt.Printf("%5d %9d %5d\n", lv, total, total-prev)
		prev = total
	}

	h := &Hero{Name: "Pell", Level: 1, Stats: Stats{5, 5, 5}}
	rewards := []struct {
		source string
		xp     int
	}{{"slime", 40}, {"bandit", 75}, {"quest: lost cat", 200}, {"troll", 400}, {"slime", 40}, {"boss: lich", 1500}}
	for _, r := range rewards {
		gained, toNext := h.Gain(r.xp, "thief")
		line := fmt.Sprintf("%-16s +%4d xp -> lv %d (%4d to next)", r.source, r.xp, h.Level, toNext)
		if gained > 0 {
			line += " " + strings.Repeat("^", gained)
		}
		fmt.Println(line)
	}
	fmt.Printf("%+v\n", *h)
	fmt.Printf("DEX via embedding: %d, %T\n", h.DEX, h.Stats)
	for lv, total := range Levels(100) {
		if total > 100000 {
			fmt.Printf("first level over 100000 xp: %d (%d)\n", lv, total)
			break
		}
	}
}
