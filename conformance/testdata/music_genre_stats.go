package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Play struct {
	User  string
	Genre string
	Secs  int
}

type GenreStats struct {
	Plays     int
	Listeners map[string]bool
	Secs      int
}

func (g *GenreStats) add(p Play) {
	g.Plays++
	g.Secs += p.Secs
	if g.Listeners == nil {
		g.Listeners = map[string]bool{}
	}
	g.Listeners[p.User] = true
}

func (g GenreStats) AvgSecs() float64 { return float64(g.Secs) / float64(g.Plays) }

const raw = `ana,rock,210 ben,jazz,340 ana,rock,185 cleo,pop,201 ben,rock,240
dev,jazz,410 ana,pop,199 cleo,pop,222 dev,classical,620 ben,jazz,298
ana,classical,540 cleo,rock,176 dev,jazz,365 eli,pop,190 eli,pop,205`

func parse(s string) []Play {
	var out []Play
	for _, f := range strings.Fields(s) {
		parts := strings.Split(f, ",")
		var secs int
		fmt.Sscanf(parts[2], "%d", &secs)
		out = append(out, Play{parts[0], parts[1], secs})
	}
	return out
}

func main() {
	plays := parse(raw)
	stats := map[string]*GenreStats{}
	for _, p := range plays {
		if stats[p.Genre] == nil {
			stats[p.Genre] = &GenreStats{}
		}
		stats[p.Genre].add(p)
	}

	genres := slices.Sorted(maps.Keys(stats))
	fmt.Printf("%-10s %5s %9s %8s\n", "genre", "plays", "listeners", "avg sec")
	for _, g := range genres {
		s := stats[g]
		fmt.Printf("%-10s %5d %9d %8.1f\n", g, s.Plays, len(s.Listeners), s.AvgSecs())
	}

	byPlays := slices.Clone(genres)
	slices.SortStableFunc(byPlays, func(a, b string) int {
		return cmp.Compare(stats[b].Plays, stats[a].Plays)
	})
	fmt.Println("most played first:", byPlays)

	favourite := map[string]string{}
	counts := map[string]map[string]int{}
	for _, p := range plays {
		if counts[p.User] == nil {
			counts[p.User] = map[string]int{}
		}
		counts[p.User][p.Genre]++
	}
	for user, gc := range counts {
		keys := slices.Sorted(maps.Keys(gc))
		best := slices.MaxFunc(keys, func(a, b string) int {
			return cmp.Or(cmp.Compare(gc[a], gc[b]), strings.Compare(b, a))
		})
		favourite[user] = best
	}
	for _, u := range slices.Sorted(maps.Keys(favourite)) {
		fmt.Printf("  %-5s loves %s\n", u, favourite[u])
	}

	copyStats := maps.Clone(favourite)
	maps.DeleteFunc(copyStats, func(_, g string) bool { return g != "pop" })
	fmt.Println("pop fans:", slices.Sorted(maps.Keys(copyStats)))
	fmt.Println("original still has", len(favourite), "users")
}
