package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"strings"
)

func fnvBucket(key string, buckets uint32) uint32 {
	h := fnv.New32a()
	h.Write([]byte(key))
	return h.Sum32() % buckets
}

func main() {
	msg := []byte("Hello, Gopher!")

	hx := hex.EncodeToString(msg)
	fmt.Println("hex:", hx)
	back, err := hex.DecodeString(hx)
	fmt.Printf("decoded: %s err=%v\n", back, err)
	_, err = hex.DecodeString("abc")
	fmt.Println("odd length:", err)
	_, err = hex.DecodeString("zz")
	fmt.Println("bad byte:", err)
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))

	std := base64.StdEncoding.EncodeToString(msg)
	url := base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe})
	raw := base64.RawStdEncoding.EncodeToString([]byte("ab"))
	fmt.Println("std:", std, "url:", url, "raw:", raw)
	plain, err := base64.StdEncoding.DecodeString(std)
	fmt.Printf("base64 back: %q %v\n", plain, err)
	_, err = base64.StdEncoding.DecodeString("not base64!")
	fmt.Println("base64 error:", err)
	for _, s := range []string{"", "f", "fo", "foo", "foob"} {
		fmt.Printf("%-5q -> %q\n", s, base64.StdEncoding.EncodeToString([]byte(s)))
	}

	sum := sha256.Sum256([]byte("abc"))
	fmt.Printf("sha256(abc) = %x\n", sum)
	fmt.Println("sha256(\"\") =", hex.EncodeToString(sha256.New().Sum(nil)))

	h := sha256.New()
	io.WriteString(h, "part one, ")
	io.WriteString(h, "part two")
	streamed := h.Sum(nil)
	oneShot := sha256.Sum256([]byte("part one, part two"))
	fmt.Printf("streamed == one-shot: %v, size=%d block=%d\n", string(streamed) == string(oneShot[:]), h.Size(), h.BlockSize())

	fmt.Printf("md5(abc) = %x\n", md5.Sum([]byte("abc")))
	fmt.Printf("crc32(abc) = %08x\n", crc32.ChecksumIEEE([]byte("abc")))

	f32 := fnv.New32a()
	f32.Write([]byte("hello"))
	f64 := fnv.New64()
	f64.Write([]byte("hello"))
	fmt.Printf("fnv32a=%d (%#x) fnv64=%d\n", f32.Sum32(), f32.Sum32(), f64.Sum64())

	for _, k := range strings.Fields("apple banana cherry date elderberry") {
		fmt.Printf("%-10s bucket %d\n", k, fnvBucket(k, 8))
	}
}
