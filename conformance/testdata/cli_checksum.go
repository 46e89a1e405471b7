package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
	"sort"
	"strings"
)

var files = map[string]string{
	"empty.txt":  "",
	"hello.txt":  "hello, world\n",
	"lorem.txt":  strings.Repeat("lorem ipsum dolor sit amet ", 40),
	"binary.bin": "\x00\x01\x02\xff\xfe",
}

type Algo struct {
	Name string
	New  func() hash.Hash
}

var algos = []Algo{
	{"crc32", func() hash.Hash { return crc32.NewIEEE() }},
	{"adler32", func() hash.Hash { return adler32.New() }},
	{"md5", md5.New},
	{"sha256", sha256.New},
}

func sum(a Algo, r io.Reader) (string, int64) {
	h := a.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return "error: " + err.Error(), n
	}
	return hex.EncodeToString(h.Sum(nil)), n
}

func verify(name, want string) error {
	got, _ := sum(algos[3], strings.NewReader(files[name]))
	if got != want {
		return fmt.Errorf("%s: FAILED (got %.12s..., want %.12s...)", name, got, want)
	}
	return nil
}

func main() {
	names := make([]string, 0, len(files))
	for n := range files {
		names = append(names, n)
	}
	sort.Strings(names)

	for _, a := range algos {
		fmt.Printf("== %s (size %d, block %d) ==\n", a.Name, a.New().Size(), a.New().BlockSize())
		for _, n := range names {
			s, size := sum(a, strings.NewReader(files[n]))
			fmt.Printf("%s  %-10s %5d bytes\n", s, n, size)
		}
	}

	fmt.Printf("crc32 direct: %08x %d\n", crc32.ChecksumIEEE([]byte("hello, world\n")), crc32.ChecksumIEEE([]byte("abc")))
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("crc32c: %#x\n", crc32.Checksum([]byte("abc"), castagnoli))
	digest := sha256.Sum256([]byte("abc"))
	fmt.Printf("%x\n%X\n%T\n", digest[:8], digest[24:], digest)

	good := hex.EncodeToString(digest[:])
	fmt.Println("verify hello:", verify("hello.txt", "853ff93762a06ddbf722c4ebe9ddd66d8f63ddaea97f521c3ecc20da7c976020"))
	fmt.Println("verify empty:", verify("empty.txt", good))
	b, err := hex.DecodeString("zz12")
	fmt.Println(b, err)
}
