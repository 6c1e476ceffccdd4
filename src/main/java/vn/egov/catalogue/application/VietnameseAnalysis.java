package vn.egov.catalogue.application;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * How procedure texts are cut into words for search, for both backends: Vietnamese folded to plain letters
 * (ASCII folding also turns đ into d), so "cap giay phep xay dung" finds "Cấp giấy phép xây dựng"; English
 * stemmed; a folded lower-case keyword for sorting by name.
 */
public class VietnameseAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("vietnamese")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
        context.analyzer("english")
                .custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("porterStem");
        context.normalizer("sort").custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("vietnamese").custom().tokenizer("standard").tokenFilters("lowercase", "asciifolding");
        context.analyzer("english").custom().tokenizer("standard").tokenFilters("lowercase", "porter_stem");
        context.normalizer("sort").custom().tokenFilters("lowercase", "asciifolding");
    }
}
