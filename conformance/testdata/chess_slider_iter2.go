package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

type Dir struct{ DF, DR int }

var (
	rookDirs   = []Dir{{0, 1}, {1, 0}, {0, -1}, {-1, 0}}
	bishopDirs = []Dir{{1, 1}, {1, -1}, {-1, -1}, {-1, 1}}
)

func name(f, r int) string { return fmt.Sprintf("%c%d", 'a'+f, r+1) }

// Rays yields (target square, blocked?) pairs for a sliding piece.
// A ray stops at the first occupied square, which is included.
func Rays(from string, dirs []Dir, occupied map[string]bool) iter.Seq2[string, bool] {
	f0, r0 := int(from[0]-'a'), int(from[1]-'1')
	return func(yield func(string, bool) bool) {
		for _, d := range dirs {
			for step := 1; ; step++ {
				f, r := f0+d.DF*step, r0+d.DR*step
				if f < 0 || f > 7 || r < 0 || r > 7 {
					break
				}
				sq := name(f, r)
				hit := occupied[sq]
				if !yield(sq, hit) {
					return
				}
				if hit {
					break
				}
			}
		}
	}
}

// Filter keeps pairs whose value satisfies keep.
func Filter[K, V any](seq iter.Seq2[K, V], keep func(V) bool) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k, v := range seq {
			if keep(v) && !yield(k) {
				return
			}
		}
	}
}

func main() {
	occupied := map[string]bool{"d6": true, "f4": true, "b2": true, "g7": true}
	fmt.Println("occupied:", slices.Sorted(maps.Keys(occupied)))

	fmt.Print("rook d4:")
	for sq, blocked := range Rays("d4", rookDirs, occupied) {
		if blocked {
			fmt.Printf(" [%s]", sq)
		} else {
			fmt.Print(" ", sq)
		}
	}
	fmt.Println()

	queenDirs := slices.Concat(rookDirs, bishopDirs)
	all := Rays("d4", queenDirs, occupied)
	targets := slices.Sorted(Filter(all, func(b bool) bool { return true }))
	captures := slices.Collect(Filter(all, func(b bool) bool { return b }))
	fmt.Printf("queen d4: %d targets, captures %v\n", len(targets), captures)
	fmt.Println("sorted:", targets)

	counts := map[string]int{}
	for _, sq := range []string{"a1", "d4", "h8", "e5"} {
		n := 0
		for range Rays(sq, bishopDirs, nil) {
			n++
		}
		counts[sq] = n
	}
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("bishop on %s has %2d moves on an empty board\n", k, counts[k])
	}

	// Stop after the first capture is found.
	for sq, hit := range Rays("b7", bishopDirs, occupied) {
		if hit {
			fmt.Println("bishop b7 first capture:", sq)
			break
		}
	}
	best := slices.MaxFunc(slices.Sorted(maps.Keys(counts)), func(a, b string) int {
		return counts[a] - counts[b]
	})
	fmt.Println("most mobile bishop square:", best, counts[best])
}
