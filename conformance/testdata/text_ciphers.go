package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

type Cipher interface {
	Encrypt(string) string
	Decrypt(string) string
}

type Caesar struct{ Shift int }

type Vigenere struct{ key []int }

var ErrBadKey = errors.New("key must contain only letters")

func NewVigenere(key string) (*Vigenere, error) {
	if key == "" {
		return nil, fmt.Errorf("vigenere: empty key: %w", ErrBadKey)
	}
	v := &Vigenere{}
	for i, r := range key {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return nil, fmt.Errorf("vigenere: byte %d is %q: %w", i, r, ErrBadKey)
		}
		v.key = append(v.key, int(unicode.ToLower(r)-'a'))
	}
	return v, nil
}

func shiftRune(r rune, n int) rune {
	var base rune
	switch {
	case r >= 'a' && r <= 'z':
		base = 'a'
	case r >= 'A' && r <= 'Z':
		base = 'A'
	default:
		return r
	}
	return base + rune(((int(r-base)+n)%26+26)%26)
}

func (c Caesar) Encrypt(s string) string {
	return strings.Map(func(r rune) rune { return shiftRune(r, c.Shift) }, s)
}
func (c Caesar) Decrypt(s string) string { return Caesar{-c.Shift}.Encrypt(s) }
func (c Caesar) String() string          { return fmt.Sprintf("Caesar(%+d)", c.Shift) }

func (v *Vigenere) apply(s string, sign int) string {
	i := 0
	return strings.Map(func(r rune) rune {
		if !unicode.IsLetter(r) || r > unicode.MaxASCII {
			return r
		}
		out := shiftRune(r, sign*v.key[i%len(v.key)])
		i++
		return out
	}, s)
}

func (v *Vigenere) Encrypt(s string) string { return v.apply(s, 1) }
func (v *Vigenere) Decrypt(s string) string { return v.apply(s, -1) }
func (v *Vigenere) String() string          { return fmt.Sprintf("Vigenere%v", v.key) }

func main() {
	msg := "Attack at Dawn! Zebras: 42 (über)"
	ciphers := []Cipher{Caesar{3}, Caesar{-1}, Caesar{13}}
	if v, err := NewVigenere("Lemon"); err == nil {
		ciphers = append(ciphers, v)
	}
	for _, key := range []string{"", "s3cret", "clé"} {
		_, err := NewVigenere(key)
		fmt.Printf("key %-8q -> %v (bad key: %t)\n", key, err, errors.Is(err, ErrBadKey))
	}
	for _, c := range ciphers {
		enc := c.Encrypt(msg)
		dec := c.Decrypt(enc)
		fmt.Printf("%-18v %q\n", c, enc)
		fmt.Printf("%-18s round trip ok: %t\n", "", dec == msg)
	}
	rot13 := Caesar{13}
	fmt.Println(rot13.Encrypt(rot13.Encrypt("Hello, World")))
	for shift := range 26 {
		if guess := (Caesar{shift}).Decrypt("Wkh txlfn eurzq ira"); strings.HasPrefix(guess, "The") {
			fmt.Printf("brute force: shift=%d %q\n", shift, guess)
		}
	}
}
