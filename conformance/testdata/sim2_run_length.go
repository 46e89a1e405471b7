package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// Run is a repeated rune.
type Run struct {
	Char  rune
	Count int
}

func Runs(s string) []Run {
	var runs []Run
	for _, r := range s {
		if n := len(runs); n > 0 && runs[n-1].Char == r {
			runs[n-1].Count++
		} else {
			runs = append(runs, Run{r, 1})
		}
	}
	return runs
}

// Encode writes each run as count+char, omitting the count when it is 1.
func Encode(s string) (string, error) {
	var sb strings.Builder
	for _, run := range Runs(s) {
		if unicode.IsDigit(run.Char) {
			return "", fmt.Errorf("cannot encode digit %q", run.Char)
		}
		if run.Count > 1 {
			sb.WriteString(strconv.Itoa(run.Count))
		}
		sb.WriteRune(run.Char)
	}
	return sb.String(), nil
}

var ErrTrailingCount = errors.New("count without character")

func Decode(s string) (string, error) {
	var sb strings.Builder
	count := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			continue
		}
		if count == 0 {
			count = 1
		}
		sb.WriteString(strings.Repeat(string(r), count))
		count = 0
	}
	if count != 0 {
		return "", ErrTrailingCount
	}
	return sb.String(), nil
}

// EncodeBytes is a byte-oriented variant using (count, value) pairs capped at 255.
func EncodeBytes(data []byte) []byte {
	var out []byte
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), data[i])
		i = j
	}
	return out
}

func DecodeBytes(enc []byte) []byte {
	var out []byte
	for i := 0; i+1 < len(enc); i += 2 {
		for k := 0; k < int(enc[i]); k++ {
			out = append(out, enc[i+1])
		}
	}
	return out
}

func main() {
	inputs := []string{
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"aaabccddddde",
		"abc",
		"",
		"ééé---→→",
		"room 101",
	}
	for _, in := range inputs {
		enc, err := Encode(in)
		if err != nil {
			fmt.Printf("%q: error: %v\n", in, err)
			continue
		}
		dec, _ := Decode(enc)
		fmt.Printf("%q\n  -> %q (%d -> %d bytes, round trip %v)\n", in, enc, len(in), len(enc), dec == in)
	}
	for _, bad := range []string{"3a2b7", "12x"} {
		out, err := Decode(bad)
		fmt.Printf("decode %q: %q err=%v\n", bad, out, err)
	}

	image := make([]byte, 0, 700)
	for row := 0; row < 20; row++ {
		for col := 0; col < 32; col++ {
			if (col-16)*(col-16)+(row-10)*(row-10)*4 < 120 {
				image = append(image, 1)
			} else {
				image = append(image, 0)
			}
		}
	}
	image = append(image, make([]byte, 300)...)
	enc := EncodeBytes(image)
	fmt.Printf("bitmap: %d bytes -> %d bytes, first pairs %v\n", len(image), len(enc), enc[:12])
	fmt.Println("bitmap round trip:", bytes.Equal(DecodeBytes(enc), image))
}
