package main

import (
	"fmt"
	"strings"
)

const (
	Pegs   = 4
	Colors = "RGBYOP"
)

type Code [Pegs]byte

func (c Code) String() string { return string(c[:]) }

type Feedback struct{ Black, White int }

func (f Feedback) String() string {
	return strings.Repeat("●", f.Black) + strings.Repeat("○", f.White) + strings.Repeat("·", Pegs-f.Black-f.White)
}

func Score(secret, guess Code) Feedback {
	var fb Feedback
	var sc, gc [256]int
	for i := range Pegs {
		if secret[i] == guess[i] {
			fb.Black++
		} else {
			sc[secret[i]]++
			gc[guess[i]]++
		}
	}
	for _, col := range []byte(Colors) {
		fb.White += min(sc[col], gc[col])
	}
	return fb
}

func AllCodes() []Code {
	var codes []Code
	var build func(i int, cur Code)
	build = func(i int, cur Code) {
		if i == Pegs {
			codes = append(codes, cur)
			return
		}
		for _, col := range []byte(Colors) {
			cur[i] = col
			build(i+1, cur)
		}
	}
	build(0, Code{})
	return codes
}

// Solve keeps only codes consistent with every answer so far and guesses the first one.
func Solve(secret Code, maxTurns int) (turns int, ok bool) {
	candidates := AllCodes()
	guess := Code{'R', 'R', 'G', 'G'}
	for turn := 1; turn <= maxTurns; turn++ {
		fb := Score(secret, guess)
		fmt.Printf("  %d: %v %v  (%4d possible)\n", turn, guess, fb, len(candidates))
		if fb.Black == Pegs {
			return turn, true
		}
		kept := candidates[:0]
		for _, c := range candidates {
			if Score(c, guess) == fb {
				kept = append(kept, c)
			}
		}
		candidates = kept
		if len(candidates) == 0 {
			return turn, false
		}
		guess = candidates[0]
	}
	return maxTurns, false
}

func parse(s string) Code {
	var c Code
	copy(c[:], s)
	return c
}

func main() {
	fmt.Println("total codes:", len(AllCodes()))
	total := 0
	secrets := []string{"BYOP", "RRRR", "PGRY", "OOBG"}
	for _, s := range secrets {
		fmt.Printf("secret %s\n", s)
		turns, ok := Solve(parse(s), 10)
		if !ok {
			fmt.Println("  gave up")
		}
		total += turns
	}
	fmt.Printf("average turns: %.2f\n", float64(total)/float64(len(secrets)))
	fmt.Printf("%v vs %v -> %+v\n", parse("RGBY"), parse("YBGR"), Score(parse("RGBY"), parse("YBGR")))
}
