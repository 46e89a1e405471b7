package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type Reading struct {
	Oven   string
	Minute int
	TempC  int
}

func writeLog(path string, readings []Reading) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "# oven,minute,temp")
	for _, r := range readings {
		fmt.Fprintf(w, "%s,%d,%d\n", r.Oven, r.Minute, r.TempC)
	}
	return w.Flush()
}

func readLog(path string) ([]Reading, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open log: %w", err)
	}
	defer f.Close()
	var out []Reading
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, ",")
		m, _ := strconv.Atoi(parts[1])
		t, _ := strconv.Atoi(parts[2])
		out = append(out, Reading{parts[0], m, t})
	}
	return out, sc.Err()
}

func main() {
	dir, err := os.MkdirTemp(os.TempDir(), "bakery-log-")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	var readings []Reading
	for m := range 6 {
		readings = append(readings, Reading{"deck", m * 5, 180 + m*10})
		readings = append(readings, Reading{"rack", m * 5, 150 + m*15})
	}

	path := filepath.Join(dir, "temps.csv")
	if err := writeLog(path, readings); err != nil {
		log.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("wrote", info.Name(), "size", info.Size(), "bytes")

	back, err := readLog(path)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("read back", len(back), "readings")

	peak := map[string]Reading{}
	for _, r := range back {
		if r.TempC > peak[r.Oven].TempC {
			peak[r.Oven] = r
		}
	}
	for _, oven := range []string{"deck", "rack"} {
		p := peak[oven]
		fmt.Printf("%s peaked at %d°C after %d min\n", oven, p.TempC, p.Minute)
	}

	// Append a note and read the whole file to count lines.
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		log.Fatal(err)
	}
	f.WriteString("# end of shift\n")
	f.Close()
	data, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	fmt.Println("lines in file:", len(lines))
	fmt.Println("first:", lines[0])
	fmt.Println("last: ", lines[len(lines)-1])

	_, err = readLog(filepath.Join(dir, "missing.csv"))
	fmt.Println("missing file is not-exist:", errors.Is(err, fs.ErrNotExist))
}
