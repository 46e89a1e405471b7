package main

import (
	"fmt"
	"strings"
)

type Hangman struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

func NewHangman(word string, maxMiss int) *Hangman {
	return &Hangman{word: strings.ToLower(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (h *Hangman) Masked() string {
	return strings.Map(func(r rune) rune {
		if h.guessed[r] || r == ' ' || r == '-' {
			return r
		}
		return '_'
	}, h.word)
}

func (h *Hangman) Guess(r rune) (hits int, err error) {
	if h.guessed[r] {
		return 0, fmt.Errorf("already guessed %q", r)
	}
	h.guessed[r] = true
	hits = strings.Count(h.word, string(r))
	if hits == 0 {
		h.misses = append(h.misses, r)
	}
	return hits, nil
}

func (h *Hangman) Won() bool  { return !strings.Contains(h.Masked(), "_") }
func (h *Hangman) Lost() bool { return len(h.misses) >= h.maxMiss }

// nextGuess picks the most common letter among dictionary words that still fit the pattern.
func nextGuess(h *Hangman, dict []string) rune {
	pattern := h.Masked()
	freq := map[rune]int{}
	for _, w := range dict {
		if len(w) != len(pattern) || !fits(w, pattern, h) {
			continue
		}
		for _, r := range w {
			if !h.guessed[r] {
				freq[r]++
			}
		}
	}
	best, bestN := rune(0), 0
	for _, r := range "etaoinshrdlcumwfgypbvkjxqz" {
		if freq[r] > bestN {
			best, bestN = r, freq[r]
		}
	}
	if best == 0 {
		for _, r := range "etaoinshrdlcumwfgypbvkjxqz" {
			if !h.guessed[r] {
				return r
			}
		}
	}
	return best
}

func fits(w, pattern string, h *Hangman) bool {
	for i := range len(w) {
		p, c := rune(pattern[i]), rune(w[i])
		if p == '_' && h.guessed[c] || p != '_' && p != c {
			return false
		}
	}
	return true
}

func main() {
	dict := strings.Fields("apple board chess queen knight rook pawn puzzle maze dice token score " +
		"player bishop castle domino jigsaw riddle sudoku tile")
	for _, secret := range []string{"bishop", "puzzle", "jigsaw", "quartz"} {
		h := NewHangman(secret, 6)
		var trail []string
		for !h.Won() && !h.Lost() {
			g := nextGuess(h, dict)
			hits, err := h.Guess(g)
			if err != nil {
				fmt.Println("error:", err)
				break
			}
			trail = append(trail, fmt.Sprintf("%c%d", g, hits))
		}
		result := "solved"
		if h.Lost() {
			result = "hanged"
		}
		fmt.Printf("%-7s %-8s %s misses=%q\n", secret, h.Masked(), result, string(h.misses))
		fmt.Println("   guesses:", strings.Join(trail, " "))
	}
	h := NewHangman("Dice", 3)
	h.Guess('e')
	if _, err := h.Guess('e'); err != nil {
		fmt.Println("repeat guess ->", err)
	}
}
