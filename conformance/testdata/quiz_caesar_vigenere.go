package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

var ErrBadKey = errors.New("key must contain only letters")

func shiftRune(r rune, k int) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+rune(k)+26)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+rune(k)+26)%26
	}
	return r
}

func caesar(s string, k int) string {
	k %= 26
	return strings.Map(func(r rune) rune { return shiftRune(r, k) }, s)
}

func vigenere(s, key string, decrypt bool) (string, error) {
	if key == "" {
		return "", fmt.Errorf("vigenere: empty key: %w", ErrBadKey)
	}
	shifts := make([]int, 0, len(key))
	for _, r := range key {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return "", fmt.Errorf("vigenere: bad rune %q in key %q: %w", r, key, ErrBadKey)
		}
		shifts = append(shifts, int(unicode.ToLower(r)-'a'))
	}
	var b strings.Builder
	i := 0
	for _, r := range s {
		if !unicode.IsLetter(r) {
			b.WriteRune(r)
			continue
		}
		k := shifts[i%len(shifts)]
		if decrypt {
			k = -k
		}
		b.WriteRune(shiftRune(r, k))
		i++
	}
	return b.String(), nil
}

func main() {
	msg := "Attack at Dawn, meet by the old Oak!"
	for _, k := range []int{1, 3, 13, 25} {
		enc := caesar(msg, k)
		fmt.Printf("caesar %2d: %s | back: %s\n", k, enc, caesar(enc, 26-k))
	}
	fmt.Println("rot13 twice equal:", caesar(caesar(msg, 13), 13) == msg)

	for _, key := range []string{"LEMON", "key", "", "b4d"} {
		enc, err := vigenere(msg, key, false)
		if err != nil {
			fmt.Printf("key %q -> error: %v (is ErrBadKey: %t)\n", key, err, errors.Is(err, ErrBadKey))
			continue
		}
		dec, _ := vigenere(enc, key, true)
		fmt.Printf("key %-6q enc=%q\n", key, enc)
		fmt.Printf("%11s dec=%q ok=%t\n", "", dec, dec == msg)
	}

	// brute force a caesar message by looking for a known word
	secret := caesar("the treasure is under the bridge", 17)
	fmt.Println("secret:", secret)
	for k := range 26 {
		if guess := caesar(secret, 26-k); strings.Contains(guess, "treasure") {
			fmt.Printf("cracked with shift %d: %s\n", k, guess)
			break
		}
	}
}
