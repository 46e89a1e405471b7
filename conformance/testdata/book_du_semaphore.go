// Section 8.8: du-like disk usage over an in-memory tree, with goroutines and a semaphore.
package main

import (
	"fmt"
	"path"
	"sort"
	"sync"
)

type node struct {
	name     string
	size     int64 // only for files
	children []*node
}

func dir(name string, children ...*node) *node { return &node{name: name, children: children} }
func file(name string, size int64) *node       { return &node{name: name, size: size} }

var root = dir("/",
	dir("usr",
		dir("bin", file("go", 14_000_000), file("gofmt", 3_500_000)),
		dir("lib", file("libc.so", 2_000_000), file("libm.so", 900_000)),
		dir("share", dir("doc", file("README", 4_096), file("LICENSE", 1_479))),
	),
	dir("home",
		dir("gopher", file("notes.txt", 12_345), file("photo.jpg", 2_345_678), dir("empty")),
	),
	dir("tmp"),
	file("vmlinuz", 11_000_000),
)

// sema is a counting semaphore limiting concurrency in walkDir.
var sema = make(chan struct{}, 4)

type fileInfo struct {
	dir  string
	size int64
}

func walkDir(n *node, dirpath string, wg *sync.WaitGroup, sizes chan<- fileInfo) {
	defer wg.Done()
	sema <- struct{}{}
	children := n.children
	<-sema
	for _, c := range children {
		if c.children != nil || c.size == 0 {
			wg.Add(1)
			go walkDir(c, path.Join(dirpath, c.name), wg, sizes)
		} else {
			sizes <- fileInfo{dirpath, c.size}
		}
	}
}

func printDiskUsage(nfiles, nbytes int64) {
	fmt.Printf("%d files  %.1f MB\n", nfiles, float64(nbytes)/1e6)
}

func main() {
	sizes := make(chan fileInfo)
	var wg sync.WaitGroup
	wg.Add(1)
	go walkDir(root, "/", &wg, sizes)
	go func() {
		wg.Wait()
		close(sizes)
	}()

	var nfiles, nbytes int64
	perDir := make(map[string]int64)
	for fi := range sizes {
		nfiles++
		nbytes += fi.size
		perDir[fi.dir] += fi.size
	}
	printDiskUsage(nfiles, nbytes)

	dirs := make([]string, 0, len(perDir))
	for d := range perDir {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	for _, d := range dirs {
		fmt.Printf("%10d  %s\n", perDir[d], d)
	}
}
