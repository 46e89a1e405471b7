package main

import (
	"crypto/md5"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"hash/crc32"
	"sort"
	"strings"
	"sync"
)

var inputs = map[string]string{
	"empty.txt":  "",
	"hello.txt":  "hello world\n",
	"lorem.txt":  strings.Repeat("lorem ipsum dolor sit amet ", 20),
	"binary.dat": "\x00\x01\x02\x03\xff\xfe",
}

type algo struct {
	name string
	new  func() hash.Hash
}

var algos = map[string]algo{
	"sha256": {"sha256", sha256.New},
	"md5":    {"md5", md5.New},
	"crc32":  {"crc32", func() hash.Hash { return crc32.NewIEEE() }},
}

type result struct {
	file string
	sum  string
}

func sumAll(a algo, names []string) []result {
	results := make([]result, len(names))
	var wg sync.WaitGroup
	for i, n := range names {
		wg.Add(1)
		go func(i int, n string) {
			defer wg.Done()
			h := a.new()
			h.Write([]byte(inputs[n]))
			results[i] = result{file: n, sum: hex.EncodeToString(h.Sum(nil))}
		}(i, n)
	}
	wg.Wait()
	return results
}

func check(a algo, manifest string) (ok, failed int) {
	for _, line := range strings.Split(strings.TrimSpace(manifest), "\n") {
		want, name, found := strings.Cut(line, "  ")
		if !found {
			fmt.Printf("  malformed line: %q\n", line)
			failed++
			continue
		}
		data, exists := inputs[name]
		if !exists {
			fmt.Printf("  %s: FAILED open\n", name)
			failed++
			continue
		}
		h := a.new()
		h.Write([]byte(data))
		if hex.EncodeToString(h.Sum(nil)) == want {
			fmt.Printf("  %s: OK\n", name)
			ok++
		} else {
			fmt.Printf("  %s: FAILED\n", name)
			failed++
		}
	}
	return ok, failed
}

func main() {
	names := make([]string, 0, len(inputs))
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)

	for _, argv := range [][]string{{"-a", "crc32"}, {"-a", "sha256"}, {"-a", "whirlpool"}} {
		fmt.Printf("$ sum %s\n", strings.Join(argv, " "))
		a, ok := algos[argv[1]]
		if !ok {
			fmt.Printf("  unsupported algorithm %q\n", argv[1])
			continue
		}
		for _, r := range sumAll(a, names) {
			fmt.Printf("%s  %s\n", r.sum, r.file)
		}
	}

	var sb strings.Builder
	for _, r := range sumAll(algos["md5"], names) {
		sum := r.sum
		if r.file == "lorem.txt" {
			sum = strings.Repeat("0", 32)
		}
		fmt.Fprintf(&sb, "%s  %s\n", sum, r.file)
	}
	sb.WriteString("deadbeef  missing.txt\nnot a valid line\n")
	fmt.Println("$ sum -a md5 -c manifest")
	ok, failed := check(algos["md5"], sb.String())
	fmt.Printf("%d ok, %d failed\n", ok, failed)
}
