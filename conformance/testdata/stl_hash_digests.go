package main

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

type namedHash struct {
	name string
	h    hash.Hash
}

func digest(h hash.Hash, s string) string {
	h.Reset()
	io.WriteString(h, s)
	return hex.EncodeToString(h.Sum(nil))
}

func fnv32a(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

func fnv64a(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

func main() {
	inputs := []string{"", "abc", "The quick brown fox jumps over the lazy dog"}
	for _, in := range inputs {
		sum := sha256.Sum256([]byte(in))
		fmt.Printf("sha256(%q)\n  = %x\n", in, sum)
	}

	hashes := []namedHash{
		{"md5", md5.New()},
		{"sha1", sha1.New()},
		{"sha224", sha256.New224()},
		{"sha512/256", sha512.New512_256()},
	}
	for _, nh := range hashes {
		fmt.Printf("%-10s size=%2d block=%3d abc=%s\n", nh.name, nh.h.Size(), nh.h.BlockSize(), digest(nh.h, "abc"))
	}

	h := sha256.New()
	for part := range strings.SplitAfterSeq(inputs[2], " ") {
		h.Write([]byte(part))
	}
	oneShot := sha256.Sum256([]byte(inputs[2]))
	fmt.Println("incremental sha256 equals one-shot:", hex.EncodeToString(h.Sum(nil)) == hex.EncodeToString(oneShot[:]))

	first := sha256.Sum256([]byte("hello"))
	second := sha256.Sum256([]byte("hellp"))
	diff := 0
	for i := range first {
		for b := first[i] ^ second[i]; b != 0; b &= b - 1 {
			diff++
		}
	}
	fmt.Println("avalanche: bits differing between hello/hellp:", diff, "of 256")

	words := []string{"apple", "banana", "cherry", "date", "elderberry", "fig"}
	buckets := make([][]string, 4)
	for _, w := range words {
		a, b := fnv32a(w), fnv64a(w)
		fmt.Printf("%-10s fnv32a=%08x fnv64a=%016x\n", w, a, b)
		buckets[a%4] = append(buckets[a%4], w)
	}
	for i, bkt := range buckets {
		fmt.Printf("bucket %d: %v\n", i, bkt)
	}

	f1 := fnv.New32()
	f1.Write([]byte("abc"))
	fmt.Printf("fnv32 (non-a) abc: %08x vs fnv32a: %08x\n", f1.Sum32(), fnv32a("abc"))
	fmt.Printf("crc32 ieee(hello): %08x\n", crc32.ChecksumIEEE([]byte("hello")))
	castagnoli := crc32.MakeTable(crc32.Castagnoli)
	fmt.Printf("crc32c(hello): %08x\n", crc32.Checksum([]byte("hello"), castagnoli))
	fmt.Printf("adler32(Wikipedia): %08x\n", adler32.Checksum([]byte("Wikipedia")))

	hm := sha512.Sum512([]byte("fixed input"))
	fmt.Printf("sha512 prefix: %x...\n", hm[:16])
}
