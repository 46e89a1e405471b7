package main

import (
	"fmt"
	"math"
	"strings"
	"unicode"
)

func shiftRune(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + rune((int(r-'a')+k%26+26)%26)
	case r >= 'A' && r <= 'Z':
		return 'A' + rune((int(r-'A')+k%26+26)%26)
	}
	return r
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, k) }, s)
}

func vigenere(s, key string, decrypt bool) string {
	var b strings.Builder
	ki := 0
	for _, r := range s {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			b.WriteRune(r)
			continue
		}
		k := int(unicode.ToLower(rune(key[ki%len(key)])) - 'a')
		if decrypt {
			k = -k
		}
		b.WriteRune(shiftRune(r, k))
		ki++
	}
	return b.String()
}

// English letter frequencies (percent), a..z.
var english = [26]float64{8.2, 1.5, 2.8, 4.3, 12.7, 2.2, 2.0, 6.1, 7.0, 0.15, 0.77, 4.0, 2.4,
	6.7, 7.5, 1.9, 0.095, 6.0, 6.3, 9.1, 2.8, 0.98, 2.4, 0.15, 2.0, 0.074}

func chiSquared(s string) float64 {
	var counts [26]int
	total := 0
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
			total++
		}
	}
	score := 0.0
	for i, c := range counts {
		exp := english[i] / 100 * float64(total)
		score += (float64(c) - exp) * (float64(c) - exp) / exp
	}
	return score
}

func crack(cipher string) (int, string) {
	best, bestScore := 0, math.Inf(1)
	for k := range 26 {
		if sc := chiSquared(caesar(cipher, -k)); sc < bestScore {
			best, bestScore = k, sc
		}
	}
	return best, caesar(cipher, -best)
}

func main() {
	msg := "Attack at Dawn! Meet me near the old oak tree, café at 10."
	for _, k := range []int{1, 3, 13, 25, -3, 52} {
		enc := caesar(msg, k)
		fmt.Printf("caesar %3d: %s\n", k, enc)
		if caesar(enc, -k) != msg {
			fmt.Println("  roundtrip FAILED")
		}
	}
	fmt.Println("rot13 twice equals original:", caesar(caesar(msg, 13), 13) == msg)

	key := "LEMON"
	enc := vigenere("ATTACK AT DAWN", key, false)
	fmt.Println("vigenere:", enc)
	fmt.Println("decrypted:", vigenere(enc, key, true))
	enc2 := vigenere(msg, "Gopher", false)
	fmt.Println("vigenere mixed:", enc2)
	fmt.Println("decrypted:", vigenere(enc2, "Gopher", true))

	secret := caesar("The quick brown fox jumps over the lazy dog while the "+
		"programmer writes a frequency analysis to break simple ciphers", 17)
	k, plain := crack(secret)
	fmt.Println("cipher:", secret)
	fmt.Printf("cracked key=%d: %s\n", k, plain)
	fmt.Printf("score plain=%.1f cipher=%.1f\n", chiSquared(plain), chiSquared(secret))
}
