// Week 3 assignment: Caesar and Vigenere ciphers.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

// shiftRune rotates a letter by k positions, leaving other runes alone.
func shiftRune(r rune, k int) rune {
	k = ((k % 26) + 26) % 26
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k))%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k))%26
	default:
		return r
	}
}

func caesar(text string, k int) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, k) }, text)
}

// vigenere encrypts (sign=+1) or decrypts (sign=-1) with a keyword.
// The key only advances on letters.
func vigenere(text, key string, sign int) (out string) {
	key = strings.ToLower(key)
	var b strings.Builder
	idx := 0
	for _, r := range text {
		if unicode.IsLetter(r) && r < 128 {
			k := int(key[idx%len(key)] - 'a')
			b.WriteRune(shiftRune(r, sign*k))
			idx++
		} else {
			b.WriteRune(r)
		}
	}
	out = b.String()
	return
}

// letterFrequency returns the most common letter, used to crack Caesar.
func mostCommonLetter(s string) rune {
	var counts [26]int
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			counts[r-'a']++
		}
	}
	best := 0
	for i := 1; i < 26; i++ {
		if counts[i] > counts[best] {
			best = i
		}
	}
	return rune('a' + best)
}

func main() {
	msg := "Meet me at the Gopher Park, seven sharp!"
	for _, k := range []int{1, 3, 13, -5, 29} {
		enc := caesar(msg, k)
		dec := caesar(enc, -k)
		fmt.Printf("k=%3d enc=%q ok=%t\n", k, enc, dec == msg)
	}

	fmt.Println("ROT13 twice:", caesar(caesar("Hello, World", 13), 13))

	key := "LEMON"
	plain := "Attack at dawn"
	enc := vigenere(plain, key, +1)
	dec := vigenere(enc, key, -1)
	fmt.Printf("vigenere key=%s\n  plain=%s\n  enc  =%s\n  dec  =%s\n", key, plain, enc, dec)

	// Crack a Caesar cipher assuming 'e' is the most common letter.
	secret := caesar("the quick brown fox jumps over the lazy dog and the eager beaver sees trees", 7)
	mc := mostCommonLetter(secret)
	guess := int(mc - 'e')
	fmt.Printf("most common=%c (%U) guessed shift=%d\n", mc, mc, guess)
	fmt.Println("cracked:", caesar(secret, -guess))
}
