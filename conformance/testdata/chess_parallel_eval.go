package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Candidate is a move with a toy static evaluation in centipawns.
type Candidate struct {
	Move  string
	Score int
}

var pieceValue = map[byte]int{'P': 100, 'N': 320, 'B': 330, 'R': 500, 'Q': 900, 'K': 0}

// evaluate is a deliberately simple heuristic: captures gain material,
// central squares gain a bonus, checks gain a little more.
func evaluate(move string) int {
	score := 0
	if i := strings.IndexByte(move, 'x'); i >= 0 && i+1 < len(move) {
		victim := move[len(move)-1]
		score += pieceValue[victim]
		move = move[:len(move)-1]
	}
	sq := strings.TrimRight(move, "+#")
	sq = sq[len(sq)-2:]
	if strings.ContainsRune("de", rune(sq[0])) && strings.ContainsRune("45", rune(sq[1])) {
		score += 30
	}
	if strings.HasSuffix(move, "+") {
		score += 15
	}
	return score
}

func main() {
	moves := []string{"e4", "Nf3", "Bxf7+P", "Qxd5Q", "a3", "Nxe5P", "d4", "Rxa8R", "h4", "Bb5+"}
	results := make([]Candidate, len(moves))
	var wg sync.WaitGroup
	for i, m := range moves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = Candidate{Move: m, Score: evaluate(m)}
		}()
	}
	wg.Wait()

	sort.SliceStable(results, func(a, b int) bool {
		if results[a].Score != results[b].Score {
			return results[a].Score > results[b].Score
		}
		return results[a].Move < results[b].Move
	})
	fmt.Println("ranked candidates:")
	for i, c := range results {
		fmt.Printf("%2d. %-8s %+5d\n", i+1, c.Move, c.Score)
	}

	// Second pass: a mutex-protected histogram of score buckets.
	var mu sync.Mutex
	buckets := map[string]int{}
	for _, c := range results {
		wg.Add(1)
		go func(c Candidate) {
			defer wg.Done()
			label := "quiet"
			switch {
			case c.Score >= 500:
				label = "winning"
			case c.Score >= 100:
				label = "good"
			case c.Score > 0:
				label = "positional"
			}
			mu.Lock()
			buckets[label]++
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	keys := make([]string, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-10s %d\n", k, buckets[k])
	}
	fmt.Println("best move:", results[0].Move)
}
