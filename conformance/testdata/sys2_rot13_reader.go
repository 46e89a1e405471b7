package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// rotReader applies a Caesar shift to ASCII letters read from r.
type rotReader struct {
	r     io.Reader
	shift byte
}

func rotate(c, shift byte) byte {
	switch {
	case c >= 'a' && c <= 'z':
		return 'a' + (c-'a'+shift)%26
	case c >= 'A' && c <= 'Z':
		return 'A' + (c-'A'+shift)%26
	}
	return c
}

func (rr rotReader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	for i := range p[:n] {
		p[i] = rotate(p[i], rr.shift)
	}
	return n, err
}

func rot13(r io.Reader) io.Reader { return rotReader{r, 13} }

// chunkReader returns at most size bytes per Read and counts calls,
// exercising callers that must loop until io.EOF.
type chunkReader struct {
	r     io.Reader
	size  int
	calls int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	c.calls++
	if len(p) > c.size {
		p = p[:c.size]
	}
	return c.r.Read(p)
}

func score(s string) int {
	n := 0
	for _, w := range []string{"the", "and", "of", "is", "to"} {
		n += strings.Count(strings.ToLower(s), " "+w+" ")
	}
	return n
}

func main() {
	const secret = "Gur Dhvpx Oebja Sbk whzcf bire gur ynml qbt. 42!"
	plain, err := io.ReadAll(rot13(strings.NewReader(secret)))
	fmt.Printf("%s (err=%v)\n", plain, err)

	twice, _ := io.ReadAll(rot13(rot13(strings.NewReader(secret))))
	fmt.Println("rot13 twice is identity:", string(twice) == secret)

	cr := &chunkReader{r: strings.NewReader(secret), size: 5}
	var sb strings.Builder
	n, err := io.Copy(&sb, rot13(cr))
	fmt.Printf("copied %d bytes in %d reads, err=%v, same=%v\n", n, cr.calls, err, sb.String() == string(plain))

	// bufio on top of the transforming reader: decode line by line.
	scrambled := "Yvar bar\nYvar gjb vf ybatre\n\nYnfg yvar"
	sc := bufio.NewScanner(rot13(strings.NewReader(scrambled)))
	for i := 1; sc.Scan(); i++ {
		fmt.Printf("line %d: %q\n", i, sc.Text())
	}

	// Brute force an unknown shift by scoring common English words.
	cipher := "Wkh vwdwh ri wkh vbvwhp lv vdyhg wr glvn dqg wkh orj lv wuxqfdwhg."
	bestShift, bestScore, bestText := 0, -1, ""
	for shift := range byte(26) {
		out, _ := io.ReadAll(rotReader{strings.NewReader(cipher), shift})
		if s := score(string(out)); s > bestScore {
			bestShift, bestScore, bestText = int(shift), s, string(out)
		}
	}
	fmt.Printf("best shift=%d score=%d: %s\n", bestShift, bestScore, bestText)

	// Reading through a tiny buffer still yields every byte.
	r := rot13(strings.NewReader("Uryyb, Tbcure"))
	buf := make([]byte, 4)
	for {
		n, err := r.Read(buf)
		if n > 0 {
			fmt.Printf("[%s]", buf[:n])
		}
		if err == io.EOF {
			fmt.Println(" <EOF>")
			break
		}
	}
}
