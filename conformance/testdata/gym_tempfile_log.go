package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type Entry struct {
	Member string
	Lift   string
	Kg     float64
	Reps   int
}

func writeLog(path string, entries []Entry) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create log: %w", err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "member,lift,kg,reps")
	for _, e := range entries {
		fmt.Fprintf(w, "%s,%s,%g,%d\n", e.Member, e.Lift, e.Kg, e.Reps)
	}
	return w.Flush()
}

func readLog(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open log: %w", err)
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 {
			continue
		}
		parts := strings.Split(sc.Text(), ",")
		kg, err1 := strconv.ParseFloat(parts[2], 64)
		reps, err2 := strconv.Atoi(parts[3])
		if err := errors.Join(err1, err2); err != nil {
			return out, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, Entry{parts[0], parts[1], kg, reps})
	}
	return out, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp("", "gymlog")
	if err != nil {
		fmt.Println("mkdir:", err)
		return
	}
	defer os.RemoveAll(dir)

	path := filepath.Join(dir, "session.csv")
	entries := []Entry{
		{"rae", "squat", 90, 5}, {"rae", "bench", 52.5, 8},
		{"sol", "deadlift", 160, 3}, {"sol", "squat", 130, 5},
	}
	if err := writeLog(path, entries); err != nil {
		fmt.Println(err)
		return
	}
	info, _ := os.Stat(path)
	fmt.Println("wrote", filepath.Base(path), info.Size(), "bytes")

	got, err := readLog(path)
	if err != nil {
		fmt.Println("read:", err)
		return
	}
	totals := map[string]float64{}
	for _, e := range got {
		totals[e.Member] += e.Kg * float64(e.Reps)
		fmt.Printf("%-4s %-9s %6.1f x %d\n", e.Member, e.Lift, e.Kg, e.Reps)
	}
	for _, m := range []string{"rae", "sol"} {
		fmt.Printf("%s volume: %.1f\n", m, totals[m])
	}

	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	fmt.Fprintln(f, "tom,row,heavy,ten")
	f.Close()
	_, err = readLog(path)
	fmt.Println("bad line:", err)
	var numErr *strconv.NumError
	fmt.Println("is NumError:", errors.As(err, &numErr), numErr.Func)

	_, err = readLog(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is ErrNotExist:", errors.Is(err, fs.ErrNotExist))

	names, _ := os.ReadDir(dir)
	for _, n := range names {
		fmt.Println("dir entry:", n.Name(), n.IsDir())
	}
}
