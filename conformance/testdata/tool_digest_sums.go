// Command tool_digest_sums encodes and hashes literal strings: base64, hex,
// CRC-32, Adler-32, FNV, SHA-1 and SHA-256, like a small "sha256sum".
package main

import (
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"strings"
)

type namedHash struct {
	name string
	make func() hash.Hash
}

var hashes = []namedHash{
	{"crc32-ieee", func() hash.Hash { return crc32.NewIEEE() }},
	{"crc32-castagnoli", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) }},
	{"adler32", func() hash.Hash { return adler32.New() }},
	{"fnv1a-64", func() hash.Hash { return fnv.New64a() }},
	{"sha1", sha1.New},
	{"sha256", sha256.New},
}

func digest(h hash.Hash, s string) string {
	h.Write([]byte(s))
	return hex.EncodeToString(h.Sum(nil))
}

func main() {
	inputs := []string{"", "hello", "The quick brown fox jumps over the lazy dog"}

	for _, in := range inputs {
		fmt.Printf("input %q\n", in)
		for _, nh := range hashes {
			fmt.Printf("  %-17s %s\n", nh.name, digest(nh.make(), in))
		}
	}

	fmt.Println("sha256sum style:")
	files := map[string]string{"b.txt": "beta\n", "a.txt": "alpha\n"}
	for _, name := range []string{"a.txt", "b.txt"} {
		fmt.Printf("%x  %s\n", sha256.Sum256([]byte(files[name])), name)
	}

	msg := "Go: ünïcödé & <bytes>?"
	encs := []struct {
		name string
		enc  *base64.Encoding
	}{
		{"std", base64.StdEncoding},
		{"url", base64.URLEncoding},
		{"raw-std", base64.RawStdEncoding},
		{"raw-url", base64.RawURLEncoding},
	}
	for _, e := range encs {
		s := e.enc.EncodeToString([]byte(msg))
		back, err := e.enc.DecodeString(s)
		fmt.Printf("base64 %-8s %s roundtrip=%t err=%v\n", e.name, s, string(back) == msg, err)
	}
	if _, err := base64.StdEncoding.DecodeString("not*base64"); err != nil {
		fmt.Printf("decode error: %v (%T)\n", err, err)
	}

	fmt.Printf("hex %%x: %x\n", "Gopher")
	fmt.Printf("hex %% X: % X\n", []byte("Gopher"))
	b, err := hex.DecodeString("476f7068657221")
	fmt.Printf("hex decode: %q err=%v\n", b, err)
	dump := hex.Dump([]byte("hexdump shows offsets, bytes and ASCII!"))
	fmt.Print(strings.TrimRight(dump, "\n") + "\n")
	fmt.Printf("crc32 checksum: %08x, %d\n", crc32.ChecksumIEEE([]byte("hello")), crc32.ChecksumIEEE([]byte("hello")))
}
