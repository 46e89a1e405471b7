package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"io"
)

func sign(key, msg []byte) []byte {
	m := hmac.New(sha512.New, key)
	m.Write(msg)
	return m.Sum(nil)
}

func main() {
	key := []byte("secret-key")
	msgs := []string{"", "hello", "The quick brown fox jumps over the lazy dog"}
	for _, s := range msgs {
		fmt.Printf("%q\n", s)
		sum := sha512.Sum512([]byte(s))
		fmt.Println("  sha512:    ", hex.EncodeToString(sum[:]))
		s384 := sha512.Sum384([]byte(s))
		fmt.Println("  sha384:    ", hex.EncodeToString(s384[:16]), "...")
		s256 := sha512.Sum512_256([]byte(s))
		fmt.Println("  sha512/256:", hex.EncodeToString(s256[:]))
		fmt.Println("  hmac:      ", hex.EncodeToString(sign(key, []byte(s))))
	}

	mac1 := sign(key, []byte("payload"))
	mac2 := sign(key, []byte("payload"))
	mac3 := sign([]byte("other"), []byte("payload"))
	fmt.Println("equal same:", hmac.Equal(mac1, mac2))
	fmt.Println("equal other key:", hmac.Equal(mac1, mac3))

	h := sha512.New()
	io.WriteString(h, "part one, ")
	io.WriteString(h, "part two")
	fmt.Printf("streamed: %x\n", h.Sum(nil)[:8])
	all := sha512.Sum512([]byte("part one, part two"))
	fmt.Printf("one shot: %x\n", all[:8])
	fmt.Println("size/block:", h.Size(), h.BlockSize())

	m := hmac.New(sha256.New, []byte("k"))
	m.Write([]byte("abc"))
	first := m.Sum(nil)
	m.Reset()
	m.Write([]byte("abc"))
	fmt.Println("hmac-sha256:", hex.EncodeToString(first), hmac.Equal(first, m.Sum(nil)))
}
