package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type gzipWriter struct {
	http.ResponseWriter
	zw *gzip.Writer
}

func (g *gzipWriter) WriteHeader(code int) {
	g.Header().Del("Content-Length")
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if g.Header().Get("Content-Type") == "" {
		g.Header().Set("Content-Type", http.DetectContentType(b))
	}
	return g.zw.Write(b)
}

func Gzip(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Add("Vary", "Accept-Encoding")
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			next.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		defer zw.Close()
		next.ServeHTTP(&gzipWriter{ResponseWriter: w, zw: zw}, r)
	})
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /report", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/csv")
		io.WriteString(w, "day,visits\n")
		for d := 1; d <= 30; d++ {
			fmt.Fprintf(w, "2024-06-%02d,%d\n", d, 100+d*7%13)
		}
	})
	srv := httptest.NewServer(Gzip(mux))
	defer srv.Close()

	// 1. Manual request with Accept-Encoding: the transport leaves the body alone.
	req, _ := http.NewRequest("GET", srv.URL+"/report", nil)
	req.Header.Set("Accept-Encoding", "gzip")
	resp, err := srv.Client().Do(req)
	if err != nil {
		panic(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("manual: status", resp.StatusCode, "encoding", resp.Header.Get("Content-Encoding"),
		"type", resp.Header.Get("Content-Type"), "vary", resp.Header.Get("Vary"))
	fmt.Printf("  gzip magic: % x\n", raw[:2])
	zr, err := gzip.NewReader(strings.NewReader(string(raw)))
	if err != nil {
		panic(err)
	}
	plain, _ := io.ReadAll(zr)
	fmt.Println("  decompressed bytes:", len(plain), "compressed smaller:", len(raw) < len(plain))
	lines := strings.Split(strings.TrimSpace(string(plain)), "\n")
	fmt.Println("  first lines:", lines[:3])
	fmt.Println("  last line:", lines[len(lines)-1])

	// 2. Default client: transport asks for gzip itself and decodes it.
	resp, err = srv.Client().Get(srv.URL + "/report")
	if err != nil {
		panic(err)
	}
	auto, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("auto: uncompressed flag", resp.Uncompressed, "encoding header", fmt.Sprintf("%q", resp.Header.Get("Content-Encoding")),
		"same body:", string(auto) == string(plain))

	// 3. Client that refuses compression.
	tr := srv.Client().Transport.(*http.Transport).Clone()
	tr.DisableCompression = true
	resp, err = (&http.Client{Transport: tr}).Get(srv.URL + "/report")
	if err != nil {
		panic(err)
	}
	ident, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println("identity: encoding", fmt.Sprintf("%q", resp.Header.Get("Content-Encoding")),
		"length", len(ident), "type", resp.Header.Get("Content-Type"))
	tr.CloseIdleConnections()
}
