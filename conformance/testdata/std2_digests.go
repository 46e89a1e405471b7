package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type namedHash struct {
	name string
	make func() hash.Hash
}

// bucketFor assigns a key to one of n buckets using FNV-1a.
func bucketFor(key string, n uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % n
}

func main() {
	inputs := []string{"", "abc", "hello world", "The quick brown fox jumps over the lazy dog"}
	for _, in := range inputs {
		sum := sha256.Sum256([]byte(in))
		fmt.Printf("sha256(%q)\n  = %x\n", in, sum)
	}

	hashes := []namedHash{
		{"fnv32", func() hash.Hash { return fnv.New32() }},
		{"fnv32a", func() hash.Hash { return fnv.New32a() }},
		{"fnv64a", func() hash.Hash { return fnv.New64a() }},
		{"fnv128a", func() hash.Hash { return fnv.New128a() }},
		{"crc32-ieee", func() hash.Hash { return crc32.NewIEEE() }},
		{"crc32-castagnoli", func() hash.Hash { return crc32.New(crc32.MakeTable(crc32.Castagnoli)) }},
		{"sha224", func() hash.Hash { return sha256.New224() }},
	}
	for _, nh := range hashes {
		h := nh.make()
		io.WriteString(h, "gopher")
		fmt.Printf("%-17s size=%2d block=%2d %s\n", nh.name, h.Size(), h.BlockSize(), hex.EncodeToString(h.Sum(nil)))
	}

	// Incremental hashing gives the same result as one-shot hashing.
	inc := sha256.New()
	for _, part := range strings.SplitAfter("The quick brown fox jumps over the lazy dog", " ") {
		inc.Write([]byte(part))
	}
	oneShot := sha256.Sum256([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Println("incremental matches:", hex.EncodeToString(inc.Sum(nil)) == hex.EncodeToString(oneShot[:]))

	// Sum appends to the slice passed in.
	prefix := []byte("digest:")
	withPrefix := inc.Sum(prefix)
	fmt.Printf("appended: %s%x...\n", withPrefix[:7], withPrefix[7:11])

	fmt.Printf("crc32 checksum of 123456789: %08x\n", crc32.ChecksumIEEE([]byte("123456789")))
	crc := crc32.Update(0, crc32.IEEETable, []byte("12345"))
	crc = crc32.Update(crc, crc32.IEEETable, []byte("6789"))
	fmt.Printf("crc32 in two updates:        %08x\n", crc)

	counts := make([]int, 4)
	for i := 0; i < 40; i++ {
		key := fmt.Sprintf("user-%03d", i)
		counts[bucketFor(key, 4)]++
	}
	fmt.Println("bucket distribution:", counts)
	for _, k := range []string{"alice", "bob", "carol"} {
		fmt.Printf("bucket(%s)=%d\n", k, bucketFor(k, 16))
	}

	mac := hmac.New(sha256.New, []byte("secret-key"))
	mac.Write([]byte("message to sign"))
	sig := mac.Sum(nil)
	fmt.Printf("hmac: %x\n", sig)
	check := hmac.New(sha256.New, []byte("secret-key"))
	check.Write([]byte("message to sign"))
	fmt.Println("hmac valid:", hmac.Equal(sig, check.Sum(nil)))
	check.Reset()
	check.Write([]byte("tampered"))
	fmt.Println("tampered valid:", hmac.Equal(sig, check.Sum(nil)))
}
