package main

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"fmt"
)

func main() {
	key, _ := hex.DecodeString("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f")
	nonce, _ := hex.DecodeString("cafebabefacedbaddecaf888")
	block, err := aes.NewCipher(key)
	if err != nil {
		fmt.Println("cipher:", err)
	}
	fmt.Println("block size:", block.BlockSize())

	gcm, err := cipher.NewGCM(block)
	if err != nil {
		fmt.Println("gcm:", err)
	}
	fmt.Println("nonce size:", gcm.NonceSize(), "overhead:", gcm.Overhead())

	plaintexts := []string{"", "attack at dawn", "a somewhat longer message spanning several AES blocks"}
	aad := []byte("header-v1")
	for _, p := range plaintexts {
		ct := gcm.Seal(nil, nonce, []byte(p), aad)
		fmt.Printf("%q -> %d bytes\n  %s\n", p, len(ct), hex.EncodeToString(ct))
		pt, err := gcm.Open(nil, nonce, ct, aad)
		fmt.Printf("  open: %q err=%v\n", pt, err)
	}

	ct := gcm.Seal(nil, nonce, []byte("tamper me"), aad)
	ct[0] ^= 1
	_, err = gcm.Open(nil, nonce, ct, aad)
	fmt.Println("tampered:", err)
	ct[0] ^= 1
	_, err = gcm.Open(nil, nonce, ct, []byte("header-v2"))
	fmt.Println("wrong aad:", err)

	// raw single-block encryption
	src := []byte("exactly16bytes!!")
	dst := make([]byte, 16)
	block.Encrypt(dst, src)
	fmt.Println("ecb block:", hex.EncodeToString(dst))
	back := make([]byte, 16)
	block.Decrypt(back, dst)
	fmt.Println("decrypted:", string(back), bytes.Equal(back, src))

	_, err = aes.NewCipher([]byte("short"))
	fmt.Println("bad key:", err)
}
